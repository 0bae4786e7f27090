import { z } from 'zod';
import type { MatchFiltersInput } from '../../gql/graphql';

/**
 * The filters in the address (a link or a reload shows the same ranking). The minimum score is in the points people
 * see (0–100); the API takes a share. A value that does not fit is dropped rather than breaking the page.
 */
export const matchSearchSchema = z.object({
  minScore: z.number().int().min(0).max(100).optional().catch(undefined),
  moveType: z.enum(['SECONDMENT', 'TRANSFER']).optional().catch(undefined),
  regions: z.array(z.string().min(1)).optional().catch(undefined),
  prefectures: z
    .array(z.string().regex(/^\d{2}$/))
    .optional()
    .catch(undefined),
  occupations: z
    .array(z.string().regex(/^[A-L]$/))
    .optional()
    .catch(undefined),
  includeDismissed: z.boolean().optional().catch(undefined),
});

export type MatchSearch = z.infer<typeof matchSearchSchema>;

/** The API's filters for the search in the address (empty lists are left out: they would filter nothing). */
export function toMatchFilters(search: MatchSearch): MatchFiltersInput {
  const filters: MatchFiltersInput = {};
  if (search.minScore !== undefined) filters.minScore = minShareFor(search.minScore);
  if (search.moveType) filters.moveType = search.moveType;
  if (search.regions?.length) filters.regions = search.regions;
  if (search.prefectures?.length) filters.prefectureCodes = search.prefectures;
  if (search.occupations?.length) filters.occupationCodes = search.occupations;
  if (search.includeDismissed) filters.includeDismissed = true;
  return filters;
}

/**
 * The least share the API must keep for 「N点以上」: every counterpart the page would show as N points or more, so
 * half a point below N (the API rounds half up), less a hair for float noise; never below 0, which it refuses.
 */
export function minShareFor(points: number): number {
  return Math.max(0, (points - 0.5) / 100 - 1e-9);
}

/** The address's search for a form's values: only what is set, so a cleared form gives a clean address. */
export function toMatchSearch(values: MatchSearch): MatchSearch {
  const search: MatchSearch = {};
  if (values.minScore !== undefined) search.minScore = values.minScore;
  if (values.moveType) search.moveType = values.moveType;
  if (values.regions?.length) search.regions = values.regions;
  if (values.prefectures?.length) search.prefectures = values.prefectures;
  if (values.occupations?.length) search.occupations = values.occupations;
  if (values.includeDismissed) search.includeDismissed = true;
  return search;
}
