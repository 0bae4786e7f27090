import { z } from 'zod';
import type { RetryGroup, RetryMenuItemFragment } from '../../gql/graphql';
import { searchTextParam } from '../../shared/list-search';

const GROUPS = ['WOMEN', 'MIDDLE_AGED', 'NON_REGULAR', 'IT'] as const satisfies readonly RetryGroup[];

/** `/jobcard/retry?group=IT&q=資格`: a reload or a shared link shows the same menus. */
export const retrySearchSchema = z.object({
  group: z.enum(GROUPS).optional().catch(undefined),
  q: searchTextParam(100),
});

export type RetrySearch = z.infer<typeof retrySearchSchema>;

export type RetryFilterKey = 'group' | 'q';

/** New filters from the form's draft ('' is no filter). */
export function retrySearchOf(draft: Record<RetryFilterKey, string>): RetrySearch {
  return retrySearchSchema.parse({ group: draft.group || undefined, q: draft.q || undefined });
}

/**
 * The catalogue's menus in a field and containing every word typed (spaces, full-width too, separate words), in its
 * title, group, target or content. The catalogue is eight reference rows, so the page narrows them itself.
 */
export function filterMenus<M extends RetryMenuItemFragment>(
  menus: readonly M[],
  search: Partial<RetrySearch>,
): M[] {
  const words = (search.q ?? '').split(/[\s\u3000]+/).filter(Boolean);
  return menus.filter((menu) => {
    if (search.group && menu.group !== search.group) return false;
    const haystack = [menu.title, menu.groupName, menu.target, menu.content].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word.toLowerCase()));
  });
}
