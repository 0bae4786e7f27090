import type { FieldProblem } from '@kakehashi/web-ui';
import { matchingMessages } from './messages';
import type { ApiErrorInfo } from '../../shared/api-errors';

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

/** The error summary's lines: each field's message linked to its input, or the operation's message alone. */
export function problemsOf(failure: ApiErrorInfo | null, fieldIds: Record<string, string>): FieldProblem[] {
  if (!failure) return [];
  const problems: FieldProblem[] = failure.fields.map((each) => ({
    fieldId: fieldIds[each.field],
    message: each.message,
  }));
  if (!problems.length && failure.message) problems.push({ message: failure.message });
  return problems;
}

/** A polite status line while a decision is being sent (announced once, then cleared). */
export function BusyNote({ busy }: { busy: boolean }) {
  return (
    <p role="status" className={busy ? 'text-sm text-solid-gray-700' : 'sr-only'}>
      {busy ? matchingMessages.busy : ''}
    </p>
  );
}
