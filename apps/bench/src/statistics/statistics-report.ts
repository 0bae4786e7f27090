// The result table (stdout) and the "Statistics" section of BENCHMARKS.md; the other sections are kept as they are
// (each benchmark owns the text between its own markers).
import type { MachineInfo } from '../matching/support/machine';
import { formatMs, type LatencySummary } from '../matching/support/stats';
import type { GeneratedCounts } from './generate-live-data';
import type { FreshnessResult } from './measure-freshness';
import type { QueryLatency } from './measure-queries';
import { writeBenchSection } from '../shared/benchmarks-section';

export const TARGETS = { rebuildMs: 60_000, apiP95Ms: 25, freshnessMs: 5_000 } as const;

export interface StatisticsReport {
  date: string;
  command: string;
  machine: MachineInfo;
  loadAverageMax: number;
  sizes: GeneratedCounts & {
    liveFrom: string;
    today: string;
    months: number;
    fiscalYears: number;
    seed: number;
  };
  timings: { prepareMs: number; generateMs: number };
  /** Full rebuilds (the first after the bulk load, then again). */
  rebuilds: {
    durationMs: number;
    months: number;
    offerRows: number;
    establishmentRows: number;
    monthRows: number;
  }[];
  /** The first drain, taking in the bulk load's change marks. */
  firstDrain: { durationMs: number; changes: number } | null;
  queryCount: number;
  baselineCount: number;
  queries: QueryLatency[];
  floor: LatencySummary | null;
  freshness: FreshnessResult[];
  skipped: string[];
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const n = (x: number) => x.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function miss(actual: number, target: number): string {
  return actual < target
    ? pass(true)
    : `FAIL (by ${formatMs(actual - target)}, ${(actual / target).toFixed(1)}× the target)`;
}

export function renderStatisticsSection(r: StatisticsReport): string {
  const m = r.machine;
  const s = r.sizes;
  const lines: string[] = [
    `Measured ${r.date} with \`${r.command}\`. Reproduce with \`npm run bench:statistics\` (full size, about ten ` +
      `minutes; a quick smoke run: \`npm run bench:statistics -- --years 2 --queries 30\`; \`--help\` for the options).`,
    '',
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    `- Load average: ${m.loadAverageAtStart.toFixed(2)} at the start, at most ${r.loadAverageMax.toFixed(2)} during the run ` +
      `(1-minute averages; more than the cores means other work on the machine shared them).`,
    `- Data: ${s.months} live months (${s.liveFrom} to ${s.today}: ${s.fiscalYears - 1} complete fiscal years and the current one, \`STATISTICS_LIVE_FROM=${s.liveFrom}\` so every month ` +
      `is counted live): ${n(s.receivingOffers)} receiving and ${n(s.sendingOffers)} sending offers, ` +
      `${n(s.peopleEstablished)} people established in ${n(s.establishmentEvents)} cases and ${n(s.corrections)} ` +
      `corrections (−${n(s.peopleCorrected)} people), from ${n(s.companies)} companies across the 47 regional offices ` +
      `and 20 JSIC major groups; generated with set-based SQL (seed ${s.seed}; apps/bench/src/statistics) in ` +
      `${seconds(r.timings.generateMs)} after migrating and seeding in ${seconds(r.timings.prepareMs)}.`,
    `- The API and the worker run in the benchmark's process (as the e2e tests start them), in production mode, ` +
      `connected as the application role, with BullMQ on Redis; queries are timed in the client over HTTP, as an ` +
      `executive, one at a time.`,
    '',
    '### Rollups: full rebuild and the first refresh',
    '',
    '| Figure | Value | Target |',
    '| --- | --: | --- |',
  ];
  r.rebuilds.forEach((b, i) => {
    lines.push(
      `| Full rebuild ${i === 0 ? '(first, after the bulk load)' : '(again: same rows)'}: ${n(b.months)} months, ` +
        `${n(b.offerRows)} offer, ${n(b.establishmentRows)} establishment and ${n(b.monthRows)} month rollup rows | ` +
        `${seconds(b.durationMs)} | ` +
        `${miss(b.durationMs, TARGETS.rebuildMs)} (< 60 s) |`,
    );
  });
  if (r.firstDrain) {
    lines.push(
      `| First refresh (drain) of the bulk load's ${n(r.firstDrain.changes)} change marks | ${formatMs(r.firstDrain.durationMs)} | |`,
    );
  }
  lines.push('');
  if (r.queries.length) {
    lines.push(
      '### Dashboard queries',
      '',
      `${r.queryCount} calls per query with deterministic random arguments (a fiscal year of the data; half the whole ` +
        `country, 30 % one office, 20 % a region; a move type two times in three), after a warm-up. **API**: over HTTP ` +
        `(auth, GraphQL, every field of the result). **In process**: the same service call in the API's process, ` +
        `from the rollups. **Raw baseline**: the same call computed straight from the raw offers and establishments ` +
        `(\`{ fromRaw: true }\`), on the first ${r.baselineCount} arguments.`,
      '',
      '| Query | API p50 | API p95 | API max | Target | In process p50 / p95 | Raw baseline p50 / p95 / max | Same figures |',
      '| --- | --: | --: | --: | --- | --: | --: | --- |',
    );
    for (const q of r.queries) {
      lines.push(
        `| \`${q.name}\` — ${q.description} | ${formatMs(q.api.p50)} | ${formatMs(q.api.p95)} | ${formatMs(q.api.max)} | ` +
          `${miss(q.api.p95, TARGETS.apiP95Ms)} | ` +
          (q.inProcess ? `${formatMs(q.inProcess.p50)} / ${formatMs(q.inProcess.p95)}` : '—') +
          ' | ' +
          (q.raw
            ? `${formatMs(q.raw.p50)} / ${formatMs(q.raw.p95)} / ${formatMs(q.raw.max)} (p95 ${(q.raw.p95 / q.api.p95).toFixed(1)}× the API's)`
            : (q.note ?? '—')) +
          ' | ' +
          (q.compared ? `${pass(q.mismatches === 0)} (${q.compared - q.mismatches}/${q.compared})` : '—') +
          ' |',
      );
    }
    if (r.floor) {
      lines.push(
        `| API floor: \`{ me { id } }\` | ${formatMs(r.floor.p50)} | ${formatMs(r.floor.p95)} | ${formatMs(r.floor.max)} | | | HTTP + auth + GraphQL only | |`,
      );
    }
    lines.push(
      '',
      'monthlyStatistics and annualStatistics read `statistics_month_rollups` (one row per month and office: ' +
        `${n(r.rebuilds[0]?.monthRows ?? 0)} rows for the whole data), maintained with the two detailed rollups; the ` +
        `raw baseline aggregates the offers themselves (${n(s.receivingOffers)} receiving offers in all). industryFlows ` +
        `reads the JSIC-pair rollup; establishments are few (about ${n(Math.round((s.establishmentEvents * 12) / s.months / 100) * 100)} ` +
        'events a year), so for one fiscal year the raw ' +
        'events found through their date index are about as many rows as the rollup and the baseline is as fast; the ' +
        "API's time there is mostly GraphQL writing out the matrix (up to 400 cells).",
    );
    lines.push('');
  }
  if (r.freshness.length) {
    lines.push(
      '### From a committed event to the figures',
      '',
      'Each try commits one receiving offer or one establishment in its own transaction (at a different point of the ' +
        "drain's two-second cycle), then polls `monthlyStatistics` for that office every 20 ms until the month shows it.",
      '',
      '| Event | Tries | min | p50 | max | Target |',
      '| --- | --: | --: | --: | --: | --- |',
    );
    // A kind no try reached (--freshness-tries 1) has no figures to judge: left out rather than failed.
    for (const f of r.freshness.filter((x) => x.samplesMs.length > 0)) {
      lines.push(
        `| ${f.kind} | ${f.summary.count} | ${formatMs(Math.min(...f.samplesMs))} | ${formatMs(f.summary.p50)} | ` +
          `${formatMs(f.summary.max)} | ${miss(f.summary.max, TARGETS.freshnessMs)} (< 5 s) |`,
      );
    }
    lines.push('');
  }
  if (r.skipped.length) lines.push('Not measured in this run:', '', ...r.skipped.map((x) => `- ${x}`), '');
  return lines.join('\n');
}

/** Writes the Statistics section into BENCHMARKS.md (creating it when missing), formatted with Prettier. */
export function writeStatisticsSection(file: string, body: string): void {
  writeBenchSection(file, 'statistics', 'Statistics', body);
}
