import { z } from 'zod';
import type { ReferralFilter } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, referralStatusParam, searchTextParam } from '../../shared/list-search';

/** Referrals per page of the list. */
export const REFERRALS_PER_PAGE = 20;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/**
 * The list's filters and page as they live in the URL (a reload or a shared link shows the same list; the partner
 * home links to `/referrals?status=…`). A value that does not fit is dropped, so an outdated link still opens.
 */
export const referralListSearchSchema = z.object({
  status: referralStatusParam,
  branchId: z.uuid().optional().catch(undefined),
  duplicate: z.boolean().optional().catch(undefined),
  q: searchTextParam(200),
  from: day,
  to: day,
  after: pageTrailParam,
});

export type ReferralListSearch = z.infer<typeof referralListSearchSchema>;
export type ReferralFilterKey = Exclude<keyof ReferralListSearch, 'after'>;

/** The API's filter for these search params (only what the user set). */
export function referralFilterOf(search: ReferralListSearch): ReferralFilter {
  const filter: ReferralFilter = {};
  if (search.status) filter.statuses = [search.status];
  if (search.branchId) filter.branchId = search.branchId;
  if (search.duplicate !== undefined) filter.possibleDuplicate = search.duplicate;
  if (search.q) filter.clientName = search.q;
  if (search.from) filter.createdFrom = search.from;
  if (search.to) filter.createdTo = search.to;
  return filter;
}

export function hasFilters(search: ReferralListSearch): boolean {
  return Object.keys(referralFilterOf(search)).length > 0;
}

/** The Excel download of the same list: the same filters as query parameters of GET /referrals/exports. */
export function exportHref(search: ReferralListSearch): string {
  const params = new URLSearchParams();
  if (search.status) params.set('status', search.status);
  if (search.branchId) params.set('branchId', search.branchId);
  if (search.duplicate !== undefined) params.set('duplicate', String(search.duplicate));
  if (search.q) params.set('clientName', search.q);
  if (search.from) params.set('createdFrom', search.from);
  if (search.to) params.set('createdTo', search.to);
  const query = params.toString();
  return `/referrals/exports${query ? `?${query}` : ''}`;
}

/** The current page's cursor, and the search params of the next and previous pages. */
export function pageOf(search: ReferralListSearch) {
  return cursorPageOf(search, REFERRALS_PER_PAGE);
}
