import type { FieldProblem } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { COMPANY_FIELDS, type CompanyField } from './company-form-values';

/** The input of a field, for labels, the error summary's links and focus. */
export function companyFieldId(field: CompanyField): string {
  return `company-${field}`;
}

/** Which form field an API path (`input.corporateNumber`) belongs to. */
function fieldOfPath(path: string): CompanyField | undefined {
  const name = path.replace(/^input\./, '');
  return COMPANY_FIELDS.find((field) => field === name);
}

export interface CompanyFormErrors {
  /** Each field's message, shown under the field. */
  byField: Partial<Record<CompanyField, string>>;
  /** The summary above the form, first field first (focus goes there). */
  problems: FieldProblem[];
}

/**
 * Where the API's refusal belongs on the form: its field errors at their fields, a 法人番号 already registered at
 * the 法人番号 field (the API names the field in `extensions.field`), anything else above the form.
 */
export function companyFormErrors(
  failure: ApiErrorInfo | null,
  local: Partial<Record<CompanyField, string>> = {},
): CompanyFormErrors {
  const byField: Partial<Record<CompanyField, string>> = { ...local };
  const general: string[] = [];
  for (const each of failure?.fields ?? []) {
    const field = fieldOfPath(each.field);
    if (field) byField[field] ??= each.message;
    else general.push(each.message);
  }
  if (failure && !failure.fields.length && failure.message) {
    const named = failure.extensions?.['field'];
    const field = typeof named === 'string' ? fieldOfPath(named) : undefined;
    if (field) byField[field] ??= failure.message;
    else general.push(failure.message);
  }
  const problems: FieldProblem[] = [
    ...COMPANY_FIELDS.filter((field) => byField[field]).map((field) => ({
      fieldId: companyFieldId(field),
      message: byField[field] as string,
    })),
    ...general.map((message) => ({ message })),
  ];
  return { byField, problems };
}
