import { z } from 'zod';
import type { CompanyFilterInput, CompanySize } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, prefectureCodeParam, searchTextParam } from '../../shared/list-search';

/** Companies per page of the list. */
export const COMPANIES_PER_PAGE = 20;

/**
 * The list's filters and page as they live in the URL (so a reload, a bookmark or a shared link shows the same
 * list). `after` is the trail of page cursors taken with 次へ; its last cursor is the current page's start.
 */
export const companySearchSchema = z.object({
  q: searchTextParam(200),
  // A corporate number typed into the address bar arrives as a number; it is read back as text.
  corporateNumber: searchTextParam(40),
  jsicMajorCode: z
    .string()
    .regex(/^[A-T]$/)
    .optional()
    .catch(undefined),
  prefectureCode: prefectureCodeParam,
  owningOfficeId: z.uuid().optional().catch(undefined),
  size: z
    .enum(['SME', 'LARGE'] satisfies CompanySize[])
    .optional()
    .catch(undefined),
  after: pageTrailParam,
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
  return cursorPageOf(search, COMPANIES_PER_PAGE);
}

/** New filters start again at the first page. */
export function withFilters(filters: Partial<Record<CompanyFilterKey, string>>): CompanySearch {
  return companySearchSchema.parse(filters);
}
