import { z } from 'zod';
import type { SkillCategory } from '../../gql/graphql';
import { cursorPageOf, pageTrailParam, searchTextParam } from '../../shared/list-search';

/** Entries per page of the dictionary. */
export const SKILLS_PER_PAGE = 20;

/** The dictionary's search and page as they live in the URL. */
export const skillsSearchSchema = z.object({
  q: searchTextParam(100),
  category: z
    .enum(['LICENCE', 'QUALIFICATION', 'SKILL'] satisfies SkillCategory[])
    .optional()
    .catch(undefined),
  after: pageTrailParam,
});

export type SkillsSearch = z.infer<typeof skillsSearchSchema>;

export type SkillsFilterKey = 'q' | 'category';

export function skillsPageOf(search: SkillsSearch) {
  return cursorPageOf(search, SKILLS_PER_PAGE);
}

/** New filters start again at the first page. */
export function withSkillFilters(filters: Partial<Record<SkillsFilterKey, string>>): SkillsSearch {
  return skillsSearchSchema.parse(filters);
}
