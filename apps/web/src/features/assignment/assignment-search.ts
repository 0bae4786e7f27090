import { z } from 'zod';
import type { AssignmentProposalOrder, AssignmentProposalState } from '../../gql/graphql';

/** Runs shown at first on the list, and added by さらに表示. */
export const RUNS_PER_PAGE = 20;
/** Proposals asked for at a time on a run's page (at first, and by each さらに表示). */
export const PROPOSALS_PER_PAGE = 20;
const MAX_SHOWN = 500;

/** The runs list: how many are shown (さらに表示 adds a page; a reload keeps them). */
export const runsSearchSchema = z.object({
  shown: z.coerce.number().int().min(RUNS_PER_PAGE).max(MAX_SHOWN).optional().catch(undefined),
});
export type RunsSearch = z.infer<typeof runsSearchSchema>;

/**
 * A run's proposals as they live in the URL: order, the least score in points (0..100) and the decision state.
 * A value that does not fit is dropped (a hand-edited link still opens the page). How many are shown is not kept:
 * the API prices a query by its page size, so more than one page is asked for a page at a time.
 */
export const reportSearchSchema = z.object({
  order: z
    .enum(['SCORE_DESC', 'SCORE_ASC'] satisfies AssignmentProposalOrder[])
    .optional()
    .catch(undefined),
  minPoints: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
  state: z
    .enum(['UNDECIDED', 'TAKEN_UP', 'DISMISSED'] satisfies AssignmentProposalState[])
    .optional()
    .catch(undefined),
});
export type ReportSearch = z.infer<typeof reportSearchSchema>;

/** The proposals query's variables for these search params. */
export function proposalVariables(search: ReportSearch) {
  return {
    first: PROPOSALS_PER_PAGE,
    order: search.order ?? null,
    minScore: search.minPoints === undefined ? null : search.minPoints / 100,
    state: search.state ?? null,
  };
}

export function hasProposalFilters(search: ReportSearch): boolean {
  return search.order !== undefined || search.minPoints !== undefined || search.state !== undefined;
}

/** Runs still to finish: the page polls them. */
export function isActive(status: string): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}
