// The checks both kinds of offer make against the database, collected as field errors so that the caller reports
// them together with the pure ones.
import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { companyScopeProblem } from './offer-access.policy';
import { normalizePrefectureCode, OFFER_FIELD_MESSAGES } from './offer-field-rules';
import type { OfferCompany, OfferReferenceChecks } from './offer-reference.checks';

/** The company of a new offer: it must exist and, for a consultant, belong to the consultant's office. */
export async function checkOfferCompany(
  refs: OfferReferenceChecks,
  user: AuthUser,
  companyId: string | null | undefined,
  errors: FieldError[],
): Promise<OfferCompany | null> {
  if (!companyId || companyId.trim() === '') {
    errors.push({ field: 'input.companyId', message: OFFER_FIELD_MESSAGES.companyRequired });
    return null;
  }
  const company = await refs.company(companyId);
  if (!company) {
    errors.push({ field: 'input.companyId', message: OFFER_FIELD_MESSAGES.companyUnknown });
    return null;
  }
  const problem = companyScopeProblem(user, company, company.owningOfficeName);
  if (problem) errors.push(problem);
  return company;
}

/** Occupation and prefecture codes that name no row; skipped for fields that already failed. */
export async function checkOfferCodes(
  refs: OfferReferenceChecks,
  codes: {
    occupationCode: string;
    /** Field name → the prefecture code typed there (e.g. acceptablePrefectureCodes.2 → "48"). */
    prefectures: [field: string, code: string][];
  },
  errors: FieldError[],
): Promise<void> {
  const failed = new Set(errors.map((e) => e.field));
  if (!failed.has('input.occupationCode') && !(await refs.occupationExists(codes.occupationCode))) {
    errors.push({
      field: 'input.occupationCode',
      message: OFFER_FIELD_MESSAGES.occupationUnknown(codes.occupationCode),
    });
  }
  const typed = codes.prefectures
    .map(([field, raw]): [string, string] => [`input.${field}`, normalizePrefectureCode(raw)])
    .filter(([field]) => !failed.has(field));
  const unknown = await refs.unknownPrefectures(typed.map(([, code]) => code));
  for (const [field, code] of typed) {
    if (unknown.has(code)) errors.push({ field, message: OFFER_FIELD_MESSAGES.prefectureUnknown(code) });
  }
}
