import type { FieldProblem } from '@kakehashi/web-ui';
import type { ApiErrorInfo } from '../api-errors';

export interface RecordFormErrors<K extends string> {
  /** Each field's message, shown under the field. */
  byField: Partial<Record<K, string>>;
  /** The summary above the form, in the form's order (focus goes to the first field). */
  problems: FieldProblem[];
}

/**
 * Which form field an API path belongs to: `input.name` → name, `input.coveredPrefectureCodes.1` →
 * coveredPrefectureCodes (a list's item belongs to the list), `endedOn` → endedOn.
 */
export function fieldOfPath<K extends string>(fields: readonly K[], path: string): K | undefined {
  const [name] = path.replace(/^input\./, '').split('.');
  return fields.find((field) => field === name);
}

/**
 * Where the API's refusal belongs on a form: its field errors at their fields (the first message of a field wins),
 * anything else above the form; `local` holds what the form itself found (a required choice left empty).
 */
export function recordFormErrors<K extends string>(
  fields: readonly K[],
  idOf: (field: K) => string,
  failure: ApiErrorInfo | null,
  local: Partial<Record<K, string>> = {},
): RecordFormErrors<K> {
  const byField: Partial<Record<K, string>> = { ...local };
  const general: string[] = [];
  for (const each of failure?.fields ?? []) {
    const field = fieldOfPath(fields, each.field);
    if (field) byField[field] ??= each.message;
    else general.push(each.message);
  }
  if (failure && !failure.fields.length && failure.message) general.push(failure.message);
  const problems: FieldProblem[] = [
    ...fields
      .filter((field) => byField[field])
      .map((field) => ({ fieldId: idOf(field), message: byField[field] as string })),
    ...general.map((message) => ({ message })),
  ];
  return { byField, problems };
}
