import type {
  CompanySize,
  CreateReferralInput,
  PartnerReferralFragment,
  ReferralNeed,
  UpdateReferralInput,
} from '../../gql/graphql';

/**
 * The referral's fields, in the form's order (also the order of the error summary and what an API error path is
 * matched with). The order is the form's own; the names are the API's input fields, checked against its schema.
 */
export const REFERRAL_FIELDS = [
  'clientName',
  'clientCorporateNumber',
  'clientJsicMajorCode',
  'clientPrefectureCode',
  'clientSize',
  'clientEmployeeCount',
  'need',
  'surplusPeople',
  'shortagePeople',
  'occupations',
  'desiredStartOn',
  'description',
  'consentObtainedOn',
  'consentObtainedBy',
] as const satisfies readonly (keyof CreateReferralInput & keyof UpdateReferralInput)[];

export type ReferralField = (typeof REFERRAL_FIELDS)[number];

/** What the form holds, as typed or chosen ('' or null when not given). The API normalises and validates. */
export interface ReferralFormValues {
  clientName: string;
  clientCorporateNumber: string;
  clientJsicMajorCode: string;
  clientPrefectureCode: string;
  clientSize: string;
  clientEmployeeCount: number | null;
  need: string;
  surplusPeople: number | null;
  shortagePeople: number | null;
  occupations: string;
  desiredStartOn: string | null;
  description: string;
  consentObtainedOn: string | null;
  consentObtainedBy: string;
}

export const EMPTY_REFERRAL_FORM: ReferralFormValues = {
  clientName: '',
  clientCorporateNumber: '',
  clientJsicMajorCode: '',
  clientPrefectureCode: '',
  clientSize: '',
  clientEmployeeCount: null,
  need: '',
  surplusPeople: null,
  shortagePeople: null,
  occupations: '',
  desiredStartOn: null,
  description: '',
  consentObtainedOn: null,
  consentObtainedBy: '',
};

/** The form's values for a stored referral (a draft or a returned one, being corrected). */
export function formValuesOf(referral: PartnerReferralFragment): ReferralFormValues {
  return {
    clientName: referral.clientName,
    clientCorporateNumber: referral.clientCorporateNumber ?? '',
    clientJsicMajorCode: referral.clientJsicMajorCode,
    clientPrefectureCode: referral.clientPrefectureCode,
    clientSize: referral.clientSize,
    clientEmployeeCount: referral.clientEmployeeCount ?? null,
    need: referral.need,
    surplusPeople: referral.surplusPeople ?? null,
    shortagePeople: referral.shortagePeople ?? null,
    occupations: referral.occupations,
    desiredStartOn: referral.desiredStartOn ?? null,
    description: referral.description,
    consentObtainedOn: referral.consentObtainedOn,
    consentObtainedBy: referral.consentObtainedBy,
  };
}

/**
 * Which people counts the chosen need asks for: the sending side for a surplus, the receiving side for a shortage,
 * both for both. The form shows only those; the API checks the combination and says what is missing.
 */
export function peopleFieldsFor(need: string): { surplus: boolean; shortage: boolean } {
  return { surplus: need === 'SURPLUS' || need === 'BOTH', shortage: need === 'SHORTAGE' || need === 'BOTH' };
}

/** The two choices the API cannot receive empty (its enum types); every other gap is the API's to name. */
export function missingChoices(values: ReferralFormValues): ('clientSize' | 'need')[] {
  return (['clientSize', 'need'] as const).filter((field) => values[field] === '');
}

function content(values: ReferralFormValues) {
  const people = peopleFieldsFor(values.need);
  return {
    clientName: values.clientName,
    clientJsicMajorCode: values.clientJsicMajorCode,
    clientPrefectureCode: values.clientPrefectureCode,
    clientSize: values.clientSize as CompanySize,
    clientEmployeeCount: values.clientEmployeeCount,
    need: values.need as ReferralNeed,
    surplusPeople: people.surplus ? values.surplusPeople : null,
    shortagePeople: people.shortage ? values.shortagePeople : null,
    occupations: values.occupations,
    desiredStartOn: values.desiredStartOn,
    description: values.description,
    // Required: sent even when empty, so that the API names the gap at its field.
    consentObtainedOn: values.consentObtainedOn ?? '',
    consentObtainedBy: values.consentObtainedBy,
  };
}

export function createInputOf(values: ReferralFormValues): CreateReferralInput {
  const corporateNumber = values.clientCorporateNumber.trim();
  return { ...content(values), clientCorporateNumber: corporateNumber === '' ? null : corporateNumber };
}

/** Every field is sent (an empty 法人番号 as '' clears it), at the version the correction started from. */
export function updateInputOf(
  values: ReferralFormValues,
  target: { id: string; version: number },
): UpdateReferralInput {
  return {
    id: target.id,
    expectedVersion: target.version,
    ...content(values),
    clientCorporateNumber: values.clientCorporateNumber.trim(),
  };
}
