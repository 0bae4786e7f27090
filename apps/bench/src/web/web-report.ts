// The "Web" section of BENCHMARKS.md (between its own markers; the other sections are kept as they are).
import type { MachineInfo } from '../matching/support/machine';
import { formatMs, type LatencySummary } from '../matching/support/stats';
import type { ScopeChangeFigures } from './measure-dashboard';
import type { BoardFigures, PageLoad } from './measure-web';
import { writeBenchSection } from '../shared/benchmarks-section';

export const WEB_TARGETS = { scriptKb: 250, lcpMs: 1000, boardMs: 300, filterMs: 100, scopeMs: 200 } as const;

export interface WebReport {
  date: string;
  command: string;
  machine: MachineInfo;
  runs: number;
  scripts: { signInKb: number; signInAndHomeKb: number };
  pages: PageLoad[];
  board: BoardFigures | null;
  /** The statistics dashboard's scope change (executive). */
  dashboard: ScopeChangeFigures | null;
  skipped: string[];
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const kb = (value: number) => `${value.toFixed(1)} KB`;
const spread = (s: LatencySummary | null) => (s ? `${formatMs(s.p50)} / ${formatMs(s.max)}` : '—');

function pageRows(pages: PageLoad[]): string[] {
  return pages.map((page) =>
    page.lcp && page.apiFloor
      ? `| Largest contentful paint, ${page.name} (\`${page.path}\`) | ${spread(page.lcp)} | ` +
        `${spread(page.apiFloor)} | < ${WEB_TARGETS.lcpMs} ms | ${verdict(page.lcp.max < WEB_TARGETS.lcpMs)} |`
      : `| Largest contentful paint, ${page.name} (\`${page.path}\`) | not measured (${page.missing}) | — | ` +
        `< ${WEB_TARGETS.lcpMs} ms | FAIL |`,
  );
}

function boardRows(board: BoardFigures | null): string[] {
  if (!board) return ['| Board | not measured | — | — | FAIL |'];
  const rows = [
    `| Board of ${board.cases} cases (${board.cardsShown} cards drawn): rendered after its data arrived | ${spread(board.render)} | — | ` +
      `< ${WEB_TARGETS.boardMs} ms | ${verdict(board.render.max < WEB_TARGETS.boardMs)} |`,
    `| Board of ${board.cases} cases (${board.cardsShown} cards drawn): interactive (last long task over) | ${spread(board.interactive)} | — | ` +
      `< ${WEB_TARGETS.boardMs} ms | ${verdict(board.interactive.max < WEB_TARGETS.boardMs)} |`,
  ];
  rows.push(
    board.filterUpdate
      ? `| Typing in the board's filter → list updated | ${spread(board.filterUpdate)} | — | ` +
          `< ${WEB_TARGETS.filterMs} ms | ${verdict(board.filterUpdate.max < WEB_TARGETS.filterMs)} |`
      : `| Typing in the board's filter → list updated | not measured (${board.filterMissing}) | — | ` +
          `< ${WEB_TARGETS.filterMs} ms | FAIL |`,
  );
  return rows;
}

function dashboardRows(figures: ScopeChangeFigures | null): string[] {
  if (!figures) return ['| Statistics dashboard: scope changed | not measured | — | — | FAIL |'];
  return [
    `| Statistics dashboard: scope changed by keyboard → redrawn after its data arrived | ${spread(figures.redraw)} | — | ` +
      `< ${WEB_TARGETS.scopeMs} ms | ${verdict(figures.redraw.max < WEB_TARGETS.scopeMs)} |`,
    `| Statistics dashboard: scope changed by keyboard → last change (API included) | ${spread(figures.total)} | ` +
      `${spread(figures.apiFloor)} | — | — |`,
  ];
}

export function renderWebSection(r: WebReport): string {
  const m = r.machine;
  return [
    `Measured ${r.date} with \`${r.command}\` in Debian's Chromium (headless) against the built page served by the ` +
      `API on PostgreSQL, with the demo data. Reproduce with \`npm run bench:web\` (about two minutes; ` +
      `\`--cases 50 --runs 2\` for a quick run; \`--help\` for the options).`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB; Node ${m.node}; PostgreSQL ${m.postgres}; ` +
      `load average ${m.loadAverageAtStart.toFixed(2)} at the start.`,
    '',
    `Times are p50 / max over ${r.runs} fresh navigations after a warm-up (the API warm). The API floor is the ` +
      `slowest GraphQL request of the same page loads, measured in the browser in the same run: what the page cannot ` +
      `be faster than.`,
    '',
    '| measure | value (p50 / max) | API floor (p50 / max) | target | result |',
    '| --- | ---: | ---: | ---: | --- |',
    `| JavaScript for the sign-in route (gzip) | ${kb(r.scripts.signInKb)} | — | ≤ ${WEB_TARGETS.scriptKb} KB | ` +
      `${verdict(r.scripts.signInKb <= WEB_TARGETS.scriptKb)} |`,
    `| JavaScript for sign-in and home (gzip) | ${kb(r.scripts.signInAndHomeKb)} | — | ≤ ${WEB_TARGETS.scriptKb} KB | ` +
      `${verdict(r.scripts.signInAndHomeKb <= WEB_TARGETS.scriptKb)} |`,
    ...pageRows(r.pages),
    ...boardRows(r.board),
    ...dashboardRows(r.dashboard),
    ...(r.skipped.length ? ['', ...r.skipped.map((line) => `- Not measured in this run: ${line}`)] : []),
  ].join('\n');
}

export function writeWebSection(file: string, body: string): void {
  writeBenchSection(file, 'web', 'Web', body);
}
