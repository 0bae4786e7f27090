import type { FieldProblem } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { REFERRAL_FIELDS, type ReferralField } from './referral-form-values';

export function referralFieldId(field: ReferralField): string {
  return `referral-${field}`;
}

export interface ReferralFormErrors {
  byField: Partial<Record<ReferralField, string>>;
  /** The summary above the form, in the form's order (focus goes to the first). */
  problems: FieldProblem[];
}

/** The API's refusal on the form: each field error at its field (`input.clientName` → clientName), the rest above. */
export function referralFormErrors(
  failure: ApiErrorInfo | null,
  local: Partial<Record<ReferralField, string>> = {},
): ReferralFormErrors {
  const byField: Partial<Record<ReferralField, string>> = { ...local };
  const general: string[] = [];
  for (const each of failure?.fields ?? []) {
    const name = each.field.replace(/^input\./, '');
    const field = REFERRAL_FIELDS.find((known) => known === name);
    if (field) byField[field] ??= each.message;
    else general.push(each.message);
  }
  if (failure && !failure.fields.length && failure.message) general.push(failure.message);
  const problems: FieldProblem[] = [
    ...REFERRAL_FIELDS.filter((field) => byField[field]).map((field) => ({
      fieldId: referralFieldId(field),
      message: byField[field] as string,
    })),
    ...general.map((message) => ({ message })),
  ];
  return { byField, problems };
}
