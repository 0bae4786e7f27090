import type { GraphqlError } from './graphql-client';

/** Codes of refusals: who may not, or what is not there (for this caller). */
export const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** What every refusal may carry besides its message: never a field of the record refused. */
const ALLOWED_KEYS = new Set(['code', 'reason', 'fields', 'retryAfterSeconds']);

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * What of `record` (a row as the database holds it, or as the API shows it) a refusal gives away: any of its field
 * names among the error's extensions, or any of its values (text of four characters or more, other than the id the
 * caller sent) anywhere in them. Empty when the refusal names only what was refused and why.
 */
export function recordLeaks(error: GraphqlError, record: Record<string, unknown>): string[] {
  const extensions = error.extensions ?? {};
  const leaks: string[] = [];
  const fieldNames = new Set(Object.keys(record).flatMap((key) => [key, camel(key)]));
  for (const key of Object.keys(extensions)) {
    // `code` and `reason` are the refusal's own (a record may have columns of those names; their values are checked
    // below); any other key is a field of something.
    if (!ALLOWED_KEYS.has(key))
      leaks.push(`extensions.${key}${fieldNames.has(key) ? ' (a field of the record)' : ''}`);
  }
  const text = JSON.stringify(extensions) + error.message;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'id' || value === null || value === undefined) continue;
    const shown = value instanceof Date ? value.toISOString() : String(value);
    if (typeof value === 'object' && !(value instanceof Date)) continue;
    if (shown.length >= 4 && !['true', 'false'].includes(shown) && text.includes(shown)) {
      leaks.push(`${key}=${shown.slice(0, 20)}`);
    }
  }
  return leaks;
}
