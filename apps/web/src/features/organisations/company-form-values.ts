import type {
  CompanyDetailFragment,
  CompanySize,
  CreateCompanyInput,
  UpdateCompanyInput,
} from '../../gql/graphql';

/** The company's editable fields, in the order the form and the conflict table show them. */
export const COMPANY_FIELDS = [
  'legalName',
  'legalNameKana',
  'corporateNumber',
  'size',
  'jsicMajorCode',
  'jsicMiddleCode',
  'prefectureCode',
  'address',
  'employeeCount',
  'owningOfficeId',
  'contactName',
  'contactPhone',
  'contactEmail',
  'notes',
] as const;

export type CompanyField = (typeof COMPANY_FIELDS)[number];

/** What the form holds: every field as typed ('' when empty). The API normalises and validates. */
export type CompanyFormValues = Record<CompanyField, string>;

export const EMPTY_COMPANY_FORM: CompanyFormValues = Object.fromEntries(
  COMPANY_FIELDS.map((field) => [field, '']),
) as CompanyFormValues;

/** The form's values for a stored company. */
export function formValuesOf(company: CompanyDetailFragment): CompanyFormValues {
  return {
    legalName: company.legalName,
    legalNameKana: company.legalNameKana ?? '',
    corporateNumber: company.corporateNumber ?? '',
    jsicMajorCode: company.jsicMajorCode,
    jsicMiddleCode: company.jsicMiddleCode ?? '',
    prefectureCode: company.prefectureCode,
    address: company.address ?? '',
    size: company.size,
    employeeCount: company.employeeCount === null ? '' : String(company.employeeCount),
    contactName: company.contactName ?? '',
    contactPhone: company.contactPhone ?? '',
    contactEmail: company.contactEmail ?? '',
    notes: company.notes ?? '',
    owningOfficeId: company.owningOfficeId,
  };
}

/** Optional text: '' means "no value" (null); required fields are sent as typed so the API can name the gap. */
function optional(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/**
 * The employee count as the API's Int. Full-width digits and thousands separators are the user's way of writing a
 * number; anything else is sent as typed, so the API's own message ("整数で指定してください") lands at the field.
 */
function employeeCountOf(value: string): number | null {
  const text = value.normalize('NFKC').replace(/[,\s]/g, '');
  if (text === '') return null;
  return /^-?[0-9]{1,9}$/.test(text) ? Number(text) : (value as unknown as number);
}

function fieldValue(field: CompanyField, value: string): string | number | null {
  switch (field) {
    case 'legalName':
    case 'jsicMajorCode':
    case 'prefectureCode':
      return value;
    case 'employeeCount':
      return employeeCountOf(value);
    default:
      return optional(value);
  }
}

/** The create input. A consultant's company always belongs to their office, so they send none. */
export function createInputOf(
  values: CompanyFormValues,
  options: { chooseOffice: boolean },
): CreateCompanyInput {
  const input: Record<string, unknown> = {};
  for (const field of COMPANY_FIELDS) {
    if (field === 'owningOfficeId' && !options.chooseOffice) continue;
    if (field === 'size') continue;
    input[field] = fieldValue(field, values[field]);
  }
  input['size'] = values.size as CompanySize;
  return input as unknown as CreateCompanyInput;
}

/** The fields whose value differs between two forms. */
export function changedFields(from: CompanyFormValues, to: CompanyFormValues): CompanyField[] {
  return COMPANY_FIELDS.filter((field) => from[field] !== to[field]);
}

/**
 * The update input: only the fields the user changed since `base` (the version they started from), so a field
 * they did not touch is never written back with an old value.
 */
export function updateInputOf(
  base: CompanyFormValues,
  values: CompanyFormValues,
  target: { id: string; version: number },
): UpdateCompanyInput {
  const input: Record<string, unknown> = { id: target.id, expectedVersion: target.version };
  for (const field of changedFields(base, values)) {
    if (field === 'size') input[field] = values.size as CompanySize;
    else input[field] = fieldValue(field, values[field]);
  }
  return input as unknown as UpdateCompanyInput;
}
