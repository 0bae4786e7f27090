import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiFieldError {
  /** The API's path of the input, e.g. `input.corporateNumber`. */
  field: string;
  message: string;
}

export interface ApiErrorInfo {
  code: string | null;
  reason: string | null;
  /** The API's own Japanese message for the whole operation. */
  message: string | null;
  fields: ApiFieldError[];
  retryAfterSeconds: number | null;
  /** Everything else the API said (e.g. `field`, `currentVersion`, `existingCompanyId`); never shown as is. */
  extensions?: Record<string, unknown>;
}

/** What the API said about a failed operation (its code, reason, Japanese message and per-field problems). */
export function apiErrorOf(error: unknown): ApiErrorInfo | null {
  if (!CombinedGraphQLErrors.is(error) || !error.errors.length) return null;
  const [first] = error.errors;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const fields = error.errors.flatMap((each) => {
    const list = (each.extensions as Record<string, unknown> | undefined)?.['fields'];
    return Array.isArray(list) ? (list as ApiFieldError[]) : [];
  });
  return {
    code: typeof extensions['code'] === 'string' ? extensions['code'] : null,
    reason: typeof extensions['reason'] === 'string' ? extensions['reason'] : null,
    message: first.message || null,
    fields,
    retryAfterSeconds:
      typeof extensions['retryAfterSeconds'] === 'number' ? extensions['retryAfterSeconds'] : null,
    extensions,
  };
}

/** The message of the given input field (`input.email` → the email field's error), if the API named one. */
export function fieldMessage(info: ApiErrorInfo | null, field: string): string | undefined {
  return info?.fields.find((each) => each.field === field)?.message;
}
