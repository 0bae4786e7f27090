// The board's filter: kept in the URL (zod-checked search params), sent to the API as CaseBoardFilter, and applied
// at once to the cards already loaded, so typing narrows the board before the API has answered. Both sides judge by
// the same facts (consultant, move type, company or industry of either side, days in stage), so the API's answer never
// contradicts what the screen showed a moment before.
import { z } from 'zod';
import type { BoardCardFragment, CaseBoardFilter, CaseBoardQuery, MoveType } from '../../gql/graphql';

const MOVE_TYPES = ['SECONDMENT', 'TRANSFER'] as const satisfies readonly MoveType[];
export const MAX_STUCK_DAYS = 36_500;

/** A bad value in a shared or hand-edited link is dropped, not an error page. */
export const boardSearchSchema = z.object({
  office: z.guid().optional().catch(undefined),
  consultant: z.guid().optional().catch(undefined),
  move: z.enum(MOVE_TYPES).optional().catch(undefined),
  company: z.guid().optional().catch(undefined),
  industry: z
    .string()
    .regex(/^[A-T]$/)
    .optional()
    .catch(undefined),
  stuck: z.number().int().min(0).max(MAX_STUCK_DAYS).optional().catch(undefined),
});

export type BoardSearch = z.infer<typeof boardSearchSchema>;

export function toApiFilter(search: BoardSearch): CaseBoardFilter {
  return {
    consultantId: search.consultant ?? null,
    moveType: search.move ?? null,
    companyId: search.company ?? null,
    jsicMajorCode: search.industry ?? null,
    stuckForMoreThanDays: search.stuck ?? null,
  };
}

/**
 * What the user typed as days: full-width digits are fine (「３０」), empty means no filter, anything else is a
 * mistake to point out.
 */
export function parseStuckDays(text: string): { days: number | undefined } | { invalid: true } {
  const normalized = text.normalize('NFKC').trim();
  if (normalized === '') return { days: undefined };
  if (!/^\d+$/.test(normalized)) return { invalid: true };
  const days = Number(normalized);
  return days <= MAX_STUCK_DAYS ? { days } : { invalid: true };
}

export type BoardCard = BoardCardFragment;
export type BoardColumn = CaseBoardQuery['caseBoard']['columns'][number];

/** The industry of a company, from the board's choices; unknown companies pass (the API decides for them). */
export type IndustryOf = (companyId: string) => string | undefined;

export function cardMatches(card: BoardCard, search: BoardSearch, industryOf: IndustryOf): boolean {
  if (
    search.consultant &&
    ![card.sendingConsultantId, card.receivingConsultantId].includes(search.consultant)
  ) {
    return false;
  }
  if (search.move && card.moveType !== search.move) return false;
  const companies = [card.sendingCompany.id, card.receivingCompany.id];
  if (search.company && !companies.includes(search.company)) return false;
  if (search.industry) {
    const industries = companies.map(industryOf);
    if (!industries.includes(search.industry) && !industries.includes(undefined)) return false;
  }
  if (search.stuck !== undefined && card.daysInStage <= search.stuck) return false;
  return true;
}

/**
 * The columns with only the cards that match. A column keeps its object when nothing in it changed, so React and
 * React Aria skip it.
 */
export function filterColumns(
  columns: readonly BoardColumn[],
  search: BoardSearch,
  industryOf: IndustryOf,
): BoardColumn[] {
  return columns.map((column) => {
    const cases = column.cases.filter((card) => cardMatches(card, search, industryOf));
    return cases.length === column.cases.length ? column : { ...column, cases };
  });
}

/** Whether two searches ask the same thing (the URL may list them in another order). */
export function sameSearch(a: BoardSearch, b: BoardSearch): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof BoardSearch)[]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** The search without the filters that are not set (for a clean URL). */
export function withoutEmpty(search: BoardSearch): BoardSearch {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as BoardSearch;
}
