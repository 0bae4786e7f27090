import { z } from 'zod';
import { currentFiscalYear } from '../statistics-months/months-search';

/**
 * The dashboard's fiscal year and scope as they live in the URL: `scope` is the kind, with `region` (関東) or
 * `office` (an office id) beside it. A value that does not fit is dropped, so a hand-edited link still opens the page
 * (with the API's default scope: the country, or a consultant's own office).
 */
export const dashboardSearchSchema = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  scope: z.enum(['national', 'region', 'office']).optional().catch(undefined),
  region: z.string().min(1).max(40).optional().catch(undefined),
  office: z.string().uuid().optional().catch(undefined),
  /** The industry flows' move type (none: every move). */
  move: z.enum(['SECONDMENT', 'TRANSFER']).optional().catch(undefined),
  /** The day the partner agreements are counted on (none: today). */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
});
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;

export interface ScopeChoice {
  kind: string;
  officeId?: string | null;
  region?: string | null;
  label: string;
}

/** The query variables of the scope in the URL (none: the API's default). */
export function scopeVariables(search: DashboardSearch): { officeId: string | null; region: string | null } {
  if (search.scope === 'office' && search.office) return { officeId: search.office, region: null };
  if (search.scope === 'region' && search.region) return { officeId: null, region: search.region };
  return { officeId: null, region: null };
}

/** A scope as one string, the value of the scope select. */
export function scopeKey(scope: ScopeChoice): string {
  if (scope.kind === 'OFFICE') return `office:${scope.officeId ?? ''}`;
  if (scope.kind === 'REGION') return `region:${scope.region ?? ''}`;
  return 'national';
}

/** The key of the scope in the URL; null when the URL names none (the first scope the API offers is shown). */
export function searchScopeKey(search: DashboardSearch): string | null {
  const vars = scopeVariables(search);
  if (vars.officeId) return `office:${vars.officeId}`;
  if (vars.region) return `region:${vars.region}`;
  return search.scope === 'national' ? 'national' : null;
}

/** The search params for a scope chosen by its key, keeping the year, the industry move type and the agreements' day. */
export function searchForScopeKey(key: string, search: DashboardSearch): DashboardSearch {
  const { fy, move, asOf } = search;
  const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'office') return { fy, move, asOf, scope: 'office', office: value };
  if (kind === 'region') return { fy, move, asOf, scope: 'region', region: value };
  return { fy, move, asOf, scope: 'national' };
}

/**
 * The industry flows' period for a fiscal year. The API counts a period from one source only (published figures
 * before its cut-over month `liveFrom`, the records from it on), so a year the cut-over falls inside is shown up to
 * the month before it (FY2022 with a February 2023 cut-over: 2022-04 … 2023-01, the published highlights).
 */
export function flowsPeriod(fy: number, liveFrom: string): { from: string; to: string } {
  const start = `${fy}-04`;
  const end = `${fy + 1}-03`;
  if (liveFrom <= start || liveFrom > end) return { from: `FY${fy}`, to: `FY${fy}` };
  const [year, month] = liveFrom.split('-').map(Number);
  const before = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  return { from: start, to: before };
}

export function shownFiscalYear(search: DashboardSearch, today?: string): number {
  return search.fy ?? currentFiscalYear(today);
}

/** The query string of an export with the scope shown (the exports take the same filters as the queries). */
export function exportHref(
  table: string,
  format: 'csv' | 'xlsx',
  params: Record<string, string | number | null>,
): string {
  const query = new URLSearchParams({ format });
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== '') query.set(name, String(value));
  }
  return `/statistics/exports/${table}?${query.toString()}`;
}
