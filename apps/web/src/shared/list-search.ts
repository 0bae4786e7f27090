import { z } from 'zod';
import type { ReferralStatus } from '../gql/graphql';

// The URL round trip of a list's filters and page, shared by every list page whose filters live in the URL.

// The router reads each search value as JSON when it can (`?prefectureCode=13` arrives as the number 13): numbers
// typed into the address bar are read back as text.
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** Free text of at most `max` characters, trimmed; empty or too long is dropped (the list then opens unfiltered). */
export const searchTextParam = (max: number) =>
  z
    .preprocess(asText, z.string().trim().max(max).optional())
    .catch(undefined)
    .transform((v) => v || undefined);

/** A prefecture's JIS code (`01`–`47`); `?prefectureCode=1` is read as `01`. */
export const prefectureCodeParam = z
  .preprocess(
    (value) => (typeof value === 'number' ? String(value).padStart(2, '0') : value),
    z
      .string()
      .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/)
      .optional(),
  )
  .catch(undefined);

/** A referral's status in a list's address (the API's `ReferralStatus`). */
export const referralStatusParam = z
  .enum([
    'DRAFT',
    'SUBMITTED',
    'FORWARDED',
    'ACCEPTED',
    'RETURNED',
    'ASSIGNED',
    'CONVERTED',
    'CLOSED',
  ] satisfies ReferralStatus[])
  .optional()
  .catch(undefined);

/** The trail of page cursors taken with 次へ; its last cursor is the current page's start. */
export const pageTrailParam = z.array(z.string().min(1).max(500)).max(200).optional().catch(undefined);

/** The current page's cursor and number, its first row's number, and the search params of the next and previous pages. */
export function cursorPageOf<S extends { after?: string[] }>(search: S, perPage: number) {
  const trail = search.after ?? [];
  return {
    afterCursor: trail.at(-1) ?? null,
    number: trail.length + 1,
    firstIndex: trail.length * perPage + 1,
    next: (endCursor: string): S => ({ ...search, after: [...trail, endCursor] }),
    previous: (): S => ({ ...search, after: trail.length > 1 ? trail.slice(0, -1) : undefined }),
  };
}

export type CursorPage<S extends { after?: string[] }> = ReturnType<typeof cursorPageOf<S>>;
