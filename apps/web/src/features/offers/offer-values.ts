// The values each choice offers, in the API's declaration order (the labels are the API's: useEnumLabel).
import type {
  AgeBand,
  MoveType,
  MoveTypeWanted,
  OfferStatus,
  SendingReason,
  ShiftPattern,
  WorkplaceCondition,
} from '../../gql/graphql';

export const OFFER_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED'] as const satisfies readonly OfferStatus[];
export const MOVE_TYPES = ['SECONDMENT', 'TRANSFER'] as const satisfies readonly MoveType[];
export const MOVE_TYPES_WANTED = [
  'SECONDMENT',
  'TRANSFER',
  'EITHER',
] as const satisfies readonly MoveTypeWanted[];
export const SENDING_REASONS = [
  'EMPLOYMENT_ADJUSTMENT',
  'RESTRUCTURING',
  'COST_REDUCTION',
  'SKILLS_DEVELOPMENT',
  'OTHER',
] as const satisfies readonly SendingReason[];
export const AGE_BANDS = [
  'UNDER_30',
  'FROM_30_TO_39',
  'FROM_40_TO_49',
  'FROM_50_TO_59',
  'SIXTY_AND_OVER',
] as const satisfies readonly AgeBand[];
export const SHIFT_PATTERNS = [
  'DAY',
  'NIGHT',
  'ROTATING',
  'FLEXIBLE',
] as const satisfies readonly ShiftPattern[];
export const WORKPLACE_CONDITIONS = [
  'WOMEN_FRIENDLY',
  'NO_NIGHT_SHIFT',
  'TWO_DAYS_OFF',
  'HOUSING_PROVIDED',
  'CAR_COMMUTE',
  'SHORT_HOURS',
  'TRAINING_PROVIDED',
  'LICENCE_SUPPORT',
  'LIGHT_PHYSICAL_WORK',
  'SENIOR_FRIENDLY',
] as const satisfies readonly WorkplaceCondition[];

/** Choices for a Select or a group: each value with the API's label. */
export function optionsOf<V extends string>(
  values: readonly V[],
  label: (value: string) => string,
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}
