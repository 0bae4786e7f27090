// The receiving form's values, and how they become the API's inputs.
import type { TagPickerItem } from '@kakehashi/web-ui';
import type {
  CreateReceivingOfferInput,
  MoveType,
  OfferStatus,
  ReceivingOfferDetailFragment,
  ShiftPattern,
  UpdateReceivingOfferInput,
  WorkplaceCondition,
} from '../../gql/graphql';
import type { CompanyChoice } from './offer-company-field';
import { changedFields, skillTags, skillTexts, textOrNull } from './offer-form-support';

export interface ReceivingOfferValues {
  company: CompanyChoice | null;
  status: OfferStatus;
  receivedOn: string | null;
  jobTitle: string;
  occupationCode: string | null;
  moveTypes: MoveType[];
  peopleWanted: number | null;
  duties: string;
  requiredSkills: TagPickerItem[];
  preferredSkills: TagPickerItem[];
  minExperienceYears: number | null;
  monthlyWage: number | null;
  periodMonths: number | null;
  startBy: string | null;
  workplacePrefectureCode: string | null;
  workplaceCity: string;
  workingHours: string;
  shiftPattern: ShiftPattern | null;
  conditions: WorkplaceCondition[];
  notes: string;
}

/** The fields in the order the form shows them (the error summary follows it). */
export const RECEIVING_FIELD_ORDER = [
  'companyId',
  'status',
  'receivedOn',
  'jobTitle',
  'occupationCode',
  'moveTypes',
  'peopleWanted',
  'duties',
  'requiredSkills',
  'preferredSkills',
  'minExperienceYears',
  'monthlyWage',
  'periodMonths',
  'startBy',
  'workplacePrefectureCode',
  'workplaceCity',
  'workingHours',
  'shiftPattern',
  'conditions',
  'notes',
] as const;

export function emptyReceivingValues(): ReceivingOfferValues {
  return {
    company: null,
    status: 'OPEN',
    receivedOn: null,
    jobTitle: '',
    occupationCode: null,
    moveTypes: [],
    peopleWanted: null,
    duties: '',
    requiredSkills: [],
    preferredSkills: [],
    minExperienceYears: null,
    monthlyWage: null,
    periodMonths: null,
    startBy: null,
    workplacePrefectureCode: null,
    workplaceCity: '',
    workingHours: '',
    shiftPattern: null,
    conditions: [],
    notes: '',
  };
}

export function receivingValuesOf(offer: ReceivingOfferDetailFragment): ReceivingOfferValues {
  return {
    company: { id: offer.company.id, legalName: offer.company.legalName },
    status: offer.status,
    receivedOn: offer.receivedOn,
    jobTitle: offer.jobTitle,
    occupationCode: offer.occupationCode,
    moveTypes: offer.moveTypes,
    peopleWanted: offer.peopleWanted,
    duties: offer.duties ?? '',
    requiredSkills: skillTags(offer.requiredSkills),
    preferredSkills: skillTags(offer.preferredSkills),
    minExperienceYears: offer.minExperienceYears ?? null,
    monthlyWage: offer.monthlyWage ?? null,
    periodMonths: offer.periodMonths ?? null,
    startBy: offer.startBy ?? null,
    workplacePrefectureCode: offer.workplacePrefectureCode,
    workplaceCity: offer.workplaceCity ?? '',
    workingHours: offer.workingHours ?? '',
    shiftPattern: offer.shiftPattern ?? null,
    conditions: offer.conditions,
    notes: offer.notes ?? '',
  };
}

/** What both inputs share; an empty required text is sent as '' so the API names it at its field. */
function receivingFields(values: ReceivingOfferValues) {
  return {
    receivedOn: values.receivedOn,
    jobTitle: values.jobTitle,
    occupationCode: values.occupationCode ?? '',
    moveTypes: values.moveTypes,
    peopleWanted: values.peopleWanted,
    duties: textOrNull(values.duties),
    requiredSkills: skillTexts(values.requiredSkills),
    preferredSkills: skillTexts(values.preferredSkills),
    minExperienceYears: values.minExperienceYears,
    monthlyWage: values.monthlyWage,
    periodMonths: values.periodMonths,
    startBy: values.startBy,
    workplacePrefectureCode: values.workplacePrefectureCode ?? '',
    workplaceCity: textOrNull(values.workplaceCity),
    workingHours: textOrNull(values.workingHours),
    shiftPattern: values.shiftPattern,
    conditions: values.conditions,
    notes: textOrNull(values.notes),
  };
}

export function createReceivingInput(values: ReceivingOfferValues): CreateReceivingOfferInput {
  return { companyId: values.company?.id ?? '', ...receivingFields(values) };
}

/** Only what changed since the edit began (status included), with the version it began from. */
export function updateReceivingInput(
  id: string,
  expectedVersion: number,
  before: ReceivingOfferValues,
  after: ReceivingOfferValues,
): UpdateReceivingOfferInput {
  const changed = changedFields(
    { ...receivingFields(before), status: before.status },
    { ...receivingFields(after), status: after.status },
  );
  return { id, expectedVersion, ...changed };
}
