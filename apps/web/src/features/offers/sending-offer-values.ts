// The sending form's values, and how they become the API's inputs.
import type { TagPickerItem } from '@kakehashi/web-ui';
import type {
  AgeBand,
  CreateSendingOfferInput,
  MoveTypeWanted,
  OfferStatus,
  SendingOfferDetailFragment,
  SendingReason,
  UpdateSendingOfferInput,
  WorkplaceCondition,
} from '../../gql/graphql';
import type { CompanyChoice } from './offer-company-field';
import { changedFields, skillTags, skillTexts, textOrNull } from './offer-form-support';

export interface SendingOfferValues {
  company: CompanyChoice | null;
  status: OfferStatus;
  receivedOn: string | null;
  jobTitle: string;
  occupationCode: string | null;
  moveType: MoveTypeWanted | null;
  peopleCount: number | null;
  reason: SendingReason | null;
  reasonDetail: string;
  skills: TagPickerItem[];
  experienceYears: number | null;
  ageBand: AgeBand | null;
  monthlyWage: number | null;
  desiredPeriodMonths: number | null;
  acceptablePrefectureCodes: string[];
  earliestStartOn: string | null;
  conditions: WorkplaceCondition[];
  notes: string;
}

/** The fields in the order the form shows them (the error summary follows it). */
export const SENDING_FIELD_ORDER = [
  'companyId',
  'status',
  'receivedOn',
  'jobTitle',
  'occupationCode',
  'moveType',
  'peopleCount',
  'reason',
  'reasonDetail',
  'skills',
  'experienceYears',
  'ageBand',
  'monthlyWage',
  'desiredPeriodMonths',
  'acceptablePrefectureCodes',
  'earliestStartOn',
  'conditions',
  'notes',
] as const;

export function emptySendingValues(): SendingOfferValues {
  return {
    company: null,
    status: 'OPEN',
    receivedOn: null,
    jobTitle: '',
    occupationCode: null,
    moveType: null,
    peopleCount: null,
    reason: null,
    reasonDetail: '',
    skills: [],
    experienceYears: null,
    ageBand: null,
    monthlyWage: null,
    desiredPeriodMonths: null,
    acceptablePrefectureCodes: [],
    earliestStartOn: null,
    conditions: [],
    notes: '',
  };
}

export function sendingValuesOf(offer: SendingOfferDetailFragment): SendingOfferValues {
  return {
    company: { id: offer.company.id, legalName: offer.company.legalName },
    status: offer.status,
    receivedOn: offer.receivedOn,
    jobTitle: offer.jobTitle,
    occupationCode: offer.occupationCode,
    moveType: offer.moveType,
    peopleCount: offer.peopleCount,
    reason: offer.reason,
    reasonDetail: offer.reasonDetail ?? '',
    skills: skillTags(offer.skills),
    experienceYears: offer.experienceYears ?? null,
    ageBand: offer.ageBand ?? null,
    monthlyWage: offer.monthlyWage ?? null,
    desiredPeriodMonths: offer.desiredPeriodMonths ?? null,
    acceptablePrefectureCodes: offer.acceptablePrefectureCodes,
    earliestStartOn: offer.earliestStartOn ?? null,
    conditions: offer.conditions,
    notes: offer.notes ?? '',
  };
}

/** What both inputs share; an empty required text is sent as '' so the API names it at its field. */
function sendingFields(values: SendingOfferValues) {
  return {
    receivedOn: values.receivedOn,
    jobTitle: values.jobTitle,
    occupationCode: values.occupationCode ?? '',
    moveType: values.moveType,
    peopleCount: values.peopleCount,
    reason: values.reason,
    reasonDetail: textOrNull(values.reasonDetail),
    skills: skillTexts(values.skills),
    experienceYears: values.experienceYears,
    ageBand: values.ageBand,
    monthlyWage: values.monthlyWage,
    desiredPeriodMonths: values.desiredPeriodMonths,
    acceptablePrefectureCodes: values.acceptablePrefectureCodes,
    earliestStartOn: values.earliestStartOn,
    conditions: values.conditions,
    notes: textOrNull(values.notes),
  };
}

export function createSendingInput(values: SendingOfferValues): CreateSendingOfferInput {
  return { companyId: values.company?.id ?? '', ...sendingFields(values) };
}

/** Only what changed since the edit began (status included), with the version it began from. */
export function updateSendingInput(
  id: string,
  expectedVersion: number,
  before: SendingOfferValues,
  after: SendingOfferValues,
): UpdateSendingOfferInput {
  const changed = changedFields(
    { ...sendingFields(before), status: before.status },
    { ...sendingFields(after), status: after.status },
  );
  return { id, expectedVersion, ...changed };
}
