import { z } from 'zod';
import type { CompanyFilterInput, CompanySize } from '../../gql/graphql';

/** Companies per page of the list. */
export const COMPANIES_PER_PAGE = 20;

// The router reads each search value as JSON when it can, so `?prefectureCode=13` arrives as the number 13: codes
// and numbers typed into the address bar are read back as text.
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);
const asCode = (width: number) => (value: unknown) =>
  typeof value === 'number' ? String(value).padStart(width, '0') : value;

/** A value that does not fit is dropped (a hand-edited or outdated link still opens the list). */
const text = (max: number) =>
  z
    .preprocess(asText, z.string().trim().max(max).optional())
    .catch(undefined)
    .transform((v) => v || undefined);

/**
 * The list's filters and page as they live in the URL (so a reload, a bookmark or a shared link shows the same
 * list). `after` is the trail of page cursors taken with 次へ; its last cursor is the current page's start.
 */
export const companySearchSchema = z.object({
  q: text(200),
  corporateNumber: text(40),
  jsicMajorCode: z
    .string()
    .regex(/^[A-T]$/)
    .optional()
    .catch(undefined),
  prefectureCode: z
    .preprocess(
      asCode(2),
      z
        .string()
        .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/)
        .optional(),
    )
    .catch(undefined),
  owningOfficeId: z.uuid().optional().catch(undefined),
  size: z
    .enum(['SME', 'LARGE'] satisfies CompanySize[])
    .optional()
    .catch(undefined),
  after: z.array(z.string().min(1).max(500)).max(200).optional().catch(undefined),
});

export type CompanySearch = z.infer<typeof companySearchSchema>;

export type CompanyFilterKey = Exclude<keyof CompanySearch, 'after'>;

/** The API's filter for these search params (only what the user set). */
export function companyFilterOf(search: CompanySearch): CompanyFilterInput {
  const filter: CompanyFilterInput = {};
  if (search.q) filter.query = search.q;
  if (search.corporateNumber) filter.corporateNumber = search.corporateNumber;
  if (search.jsicMajorCode) filter.jsicMajorCode = search.jsicMajorCode;
  if (search.prefectureCode) filter.prefectureCode = search.prefectureCode;
  if (search.owningOfficeId) filter.owningOfficeId = search.owningOfficeId;
  if (search.size) filter.size = search.size;
  return filter;
}

/** Whether any filter is set (an empty list then means "nothing matches", not "nothing registered"). */
export function hasFilters(search: CompanySearch): boolean {
  return Object.keys(companyFilterOf(search)).length > 0;
}

/** The current page's cursor, and the search params of the next and previous pages. */
export function pageOf(search: CompanySearch) {
  const trail = search.after ?? [];
  const afterCursor = trail.at(-1) ?? null;
  return {
    afterCursor,
    number: trail.length + 1,
    firstIndex: trail.length * COMPANIES_PER_PAGE + 1,
    next: (endCursor: string): CompanySearch => ({ ...search, after: [...trail, endCursor] }),
    previous: (): CompanySearch => ({ ...search, after: trail.length > 1 ? trail.slice(0, -1) : undefined }),
  };
}

/** New filters start again at the first page. */
export function withFilters(filters: Partial<Record<CompanyFilterKey, string>>): CompanySearch {
  return companySearchSchema.parse(filters);
}
