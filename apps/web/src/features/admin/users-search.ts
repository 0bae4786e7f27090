import { z } from 'zod';
import type { Role, UsersFilter } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, searchTextParam } from '../../shared/list-search';

/** Accounts per page of the list. */
export const USERS_PER_PAGE = 20;

/** The list's filters and page as they live in the URL (a reload or a shared link shows the same list). */
export const usersSearchSchema = z.object({
  q: searchTextParam(100),
  role: z
    .enum([
      'ADMIN',
      'HQ_COORDINATOR',
      'CONSULTANT',
      'EXECUTIVE',
      'PARTNER_HQ',
      'PARTNER_BRANCH',
    ] satisfies Role[])
    .optional()
    .catch(undefined),
  officeId: z.string().uuid().optional().catch(undefined),
  status: z.enum(['active', 'inactive']).optional().catch(undefined),
  after: pageTrailParam,
});

export type UsersSearch = z.infer<typeof usersSearchSchema>;

export type UsersFilterKey = 'q' | 'role' | 'officeId' | 'status';

/** The API's filter for these search params (only what the user set). */
export function usersFilterOf(search: UsersSearch): UsersFilter {
  const filter: UsersFilter = {};
  if (search.q) filter.query = search.q;
  if (search.role) filter.role = search.role;
  if (search.officeId) filter.officeId = search.officeId;
  if (search.status) filter.active = search.status === 'active';
  return filter;
}

export function usersPageOf(search: UsersSearch) {
  return cursorPageOf(search, USERS_PER_PAGE);
}

/** New filters start again at the first page. */
export function withUserFilters(filters: Partial<Record<UsersFilterKey, string>>): UsersSearch {
  return usersSearchSchema.parse(filters);
}
