import type { FieldProblem } from '@kakehashi/web-ui';
import { useState } from 'react';
import { apiErrorOf, type ApiErrorInfo } from './api-errors';

/** A problem found before asking the API, shaped like the API's own so that it shows the same way. */
export function localProblem(field: string | null, message: string): ApiErrorInfo {
  return {
    code: 'BAD_USER_INPUT',
    reason: null,
    message,
    fields: field ? [{ field, message }] : [],
    retryAfterSeconds: null,
  };
}

/** What a failed action says: the API's own refusal, or else the form's general message. */
export function failureOf(error: unknown, failed: string): ApiErrorInfo {
  return apiErrorOf(error) ?? localProblem(null, failed);
}

/**
 * A form's refusal: `refuse` shows a problem found before asking the API, `attempt` runs the action and shows the
 * API's refusal (or else `failed`) if it throws.
 */
export function useActionFailure(failed: string) {
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  return {
    failure,
    refuse: (field: string, message: string) => setFailure(localProblem(field, message)),
    attempt: async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        setFailure(failureOf(error, failed));
      }
    },
  };
}

/** Which input shows an API field (`input.reason` → an element id): a table, or a rule. */
export type FieldIds = Record<string, string> | ((apiField: string) => string | undefined);

/**
 * The error summary's lines: each field's message linked to its input, or else the operation's message alone (the
 * fallback when the API gave none).
 */
export function problemsOf(
  failure: ApiErrorInfo | null,
  fieldIds: FieldIds,
  fallback?: string,
): FieldProblem[] {
  if (!failure) return [];
  const idOf = typeof fieldIds === 'function' ? fieldIds : (field: string) => fieldIds[field];
  const problems: FieldProblem[] = failure.fields.map((each) => ({
    fieldId: idOf(each.field),
    message: each.message,
  }));
  const message = failure.message ?? fallback;
  if (!problems.length && message) problems.push({ message });
  return problems;
}

/** A polite status line while an action is being sent (announced once, then cleared). */
export function BusyNote({ busy, message }: { busy: boolean; message: string }) {
  return (
    <p role="status" className={busy ? 'text-sm text-solid-gray-700' : 'sr-only'}>
      {busy ? message : ''}
    </p>
  );
}
