import { z } from 'zod';
import type { TalentBankRegistrantFilter, TalentBankRegistrantStatus } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, prefectureCodeParam, searchTextParam } from '../../shared/list-search';

/** Registrants per page (the API's cap on a page is 20 with nested objects). */
export const REGISTRANTS_PER_PAGE = 20;

/** `/talent-bank?q=やまだ&status=ACTIVE&after=…`: a reload, a bookmark or a shared link shows the same list. */
export const registrantsSearchSchema = z.object({
  q: searchTextParam(100),
  status: z
    .enum(['ACTIVE', 'RE_EMPLOYED', 'WITHDRAWN', 'EXPIRED'] satisfies TalentBankRegistrantStatus[])
    .optional()
    .catch(undefined),
  /** An office's id (headquarters choose one). */
  officeId: z.string().uuid().optional().catch(undefined),
  after: pageTrailParam,
});

export type RegistrantsSearch = z.infer<typeof registrantsSearchSchema>;

export type RegistrantsFilterKey = 'q' | 'status' | 'officeId';

export function registrantFilterOf(search: RegistrantsSearch): TalentBankRegistrantFilter {
  const filter: TalentBankRegistrantFilter = {};
  if (search.q) filter.name = search.q;
  if (search.status) filter.status = search.status;
  if (search.officeId) filter.officeId = search.officeId;
  return filter;
}

export function pageOf(search: RegistrantsSearch) {
  return cursorPageOf(search, REGISTRANTS_PER_PAGE);
}

/** New filters start again at the first page. */
export function withFilters(filters: Partial<Record<RegistrantsFilterKey, string>>): RegistrantsSearch {
  return registrantsSearchSchema.parse(filters);
}

/** `/talent-bank/$registrantId?saved=registered`. */
export const registrantSearchSchema = z.object({
  saved: z.enum(['registered']).optional().catch(undefined),
});

/** Senior openings per page. */
export const OPENINGS_PER_PAGE = 20;

/** `/talent-bank/openings?prefectureCode=32&after=…`. */
export const openingsSearchSchema = z.object({
  prefectureCode: prefectureCodeParam,
  after: pageTrailParam,
});

export type OpeningsSearch = z.infer<typeof openingsSearchSchema>;

export function openingsPageOf(search: OpeningsSearch) {
  return cursorPageOf(search, OPENINGS_PER_PAGE);
}

/** Support requests per page (each shows its facts). */
export const SUPPORT_REQUESTS_PER_PAGE = 10;

/** `/talent-bank/support-requests?after=…`. */
export const supportRequestsSearchSchema = z.object({ after: pageTrailParam });

export type SupportRequestsSearch = z.infer<typeof supportRequestsSearchSchema>;

export function supportRequestsPageOf(search: SupportRequestsSearch) {
  return cursorPageOf(search, SUPPORT_REQUESTS_PER_PAGE);
}
