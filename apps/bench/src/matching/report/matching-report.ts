// The result table (stdout) and the "Matching" section of BENCHMARKS.md. Other sections of the file are kept as they
// are: each benchmark owns the text between its own markers.
import type { ApiLatency } from '../measure/api-latency';
import type { ApiReplica } from '../measure/api-replica';
import type { BatchResult } from '../measure/batch-assignment';
import type { ExhaustiveBaseline } from '../measure/exhaustive-baseline';
import type { PostgresReference } from '../measure/postgres-reference';
import type { MachineInfo } from '../support/machine';
import { formatMs, type LatencySummary } from '../support/stats';
import { writeBenchSection } from '../../shared/benchmarks-section';

export const TARGETS = {
  apiP95Ms: 50,
  batchWallMs: 120_000,
  batchPeakMiB: 1536,
  batchGap: 0.02,
} as const;

export interface MatchingReport {
  date: string;
  command: string;
  machine: MachineInfo;
  /** Load average seen during the run (other work on the machine skews the figures). */
  loadAverageMax: number;
  sizes: {
    companies: number;
    sending: number;
    receiving: number;
    queries: number;
    seed: number;
    today: string;
  };
  timings: { generateMs: number; prepareMs: number; loadMs: number };
  postgres: PostgresReference | null;
  /** The API process: start-up, the index load and its resident memory. */
  replica: ApiReplica | null;
  api: ApiLatency | null;
  baseline: ExhaustiveBaseline | null;
  batch: BatchResult | null;
  /** Why a part was not measured. */
  skipped: string[];
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const n = (x: number) => x.toLocaleString('en-US');

function latencyRow(label: string, l: LatencySummary, extra = ''): string {
  return `| ${label} | ${l.count} | ${formatMs(l.p50)} | ${formatMs(l.p95)} | ${formatMs(l.p99)} | ${formatMs(l.max)} | ${extra} |`;
}

export function renderMatchingSection(r: MatchingReport): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `Measured ${r.date} with \`${r.command}\`. Reproduce with \`npm run bench:matching\` (full size, a few ` +
      `minutes; a quick smoke run: \`npm run bench:matching -- --sending 2000 --receiving 15000 --queries 30\`; ` +
      `\`--help\` for the options).`,
    '',
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    `- Load average: ${m.loadAverageAtStart.toFixed(2)} at the start, at most ${r.loadAverageMax.toFixed(2)} during the run ` +
      `(1-minute averages; the benchmark itself keeps one to two cores busy, more means other work on the machine).`,
    `- Data: ${n(r.sizes.companies)} companies, ${n(r.sizes.sending)} open sending offers and ` +
      `${n(r.sizes.receiving)} open receiving offers across all 47 prefectures, all JSIC major groups and 職業大分類 ` +
      `A–K, generated deterministically (seed ${r.sizes.seed}, dates around ${r.sizes.today}; ` +
      `apps/bench/src/matching/generator) beside the demo ` +
      `seed's few. Generated in ${formatMs(r.timings.generateMs)}, database migrated and seeded in ` +
      `${formatMs(r.timings.prepareMs)}, bulk-loaded in ${formatMs(r.timings.loadMs)}.`,
    '',
  );
  if (r.api) {
    const a = r.api;
    lines.push(
      `### Top 20 counterparts for one offer (GraphQL, all factors scored and explained)`,
      '',
      `${r.sizes.queries} deterministic random offers per side, one at a time, timed in the client (HTTP + auth + GraphQL ` +
        `+ explanation of every item), after the API said ready (the index loads at start, see "One API replica" ` +
        `below). The first ranking after that took ${formatMs(a.firstQueryMs)} (not counted below).`,
      '',
      '| Query | n | p50 | p95 | p99 | max | notes |',
      '| --- | --: | --: | --: | --: | --: | --- |',
      latencyRow(
        '`matchesForSendingOffer(first: 20)`',
        a.sending.latency,
        `${pass(a.sending.latency.p95 < TARGETS.apiP95Ms)} (p95 < ${TARGETS.apiP95Ms} ms); ` +
          `${n(a.sending.counterpartsIndexed)} indexed, ${n(Math.round(a.sending.meanScored))} fully scored on average`,
      ),
      latencyRow(
        '`matchesForReceivingOffer(first: 20)`',
        a.receiving.latency,
        `${pass(a.receiving.latency.p95 < TARGETS.apiP95Ms)}; ${n(a.receiving.counterpartsIndexed)} indexed, ` +
          `${n(Math.round(a.receiving.meanScored))} fully scored on average`,
      ),
    );
    lines.push(latencyRow('API floor: `{ me { id } }`', a.floor, 'HTTP + auth + GraphQL, no matching'));
    if (r.baseline) {
      const b = r.baseline;
      lines.push(
        latencyRow(
          'Exhaustive baseline, receiving for sending (in process)',
          b.sending.exhaustive,
          `every pair scored; p95 ${ratio(b.sending.exhaustive.p95, a.sending.latency.p95)} the API's`,
        ),
        latencyRow(
          'Exhaustive baseline, sending for receiving (in process)',
          b.receiving.exhaustive,
          `p95 ${ratio(b.receiving.exhaustive.p95, a.receiving.latency.p95)} the API's`,
        ),
        latencyRow(
          'Engine pruned search, receiving for sending (in process)',
          b.sending.pruned,
          'no HTTP, no explanations',
        ),
        latencyRow('Engine pruned search, sending for receiving (in process)', b.receiving.pruned, ''),
      );
    }
    if (r.postgres) {
      lines.push(
        latencyRow(
          'PostgreSQL: bare skill-overlap top 20 (GIN)',
          r.postgres.latency,
          `one factor only; ${r.postgres.offersWithSkills}/${r.sizes.queries} offers have skills`,
        ),
      );
    }
    lines.push('');
    if (r.baseline) {
      const b = r.baseline;
      const mismatches = b.sending.mismatches + b.receiving.mismatches;
      lines.push(
        `Same top 20 as the exhaustive scoring (ids, order and scores): ${pass(mismatches === 0)} — ` +
          `${b.sending.compared + b.receiving.compared} lists compared, ${mismatches} mismatches ` +
          `(the engine's pruned search in the bench process: ${b.sending.prunedMismatches + b.receiving.prunedMismatches}) ` +
          `(baseline engine loaded in ${formatMs(b.loadMs)}).`,
        '',
        `Speed ratios at p50 (p95): exhaustive scoring ÷ API round trip ` +
          `${ratio(b.sending.exhaustive.p50, a.sending.latency.p50)} (${ratio(b.sending.exhaustive.p95, a.sending.latency.p95)}) ` +
          `for sending, ${ratio(b.receiving.exhaustive.p50, a.receiving.latency.p50)} ` +
          `(${ratio(b.receiving.exhaustive.p95, a.receiving.latency.p95)}) for receiving; exhaustive ÷ the engine's pruned ` +
          `search, same process ${ratio(b.sending.exhaustive.p50, b.sending.pruned.p50)} ` +
          `(${ratio(b.sending.exhaustive.p95, b.sending.pruned.p95)}) and ${ratio(b.receiving.exhaustive.p50, b.receiving.pruned.p50)} ` +
          `(${ratio(b.receiving.exhaustive.p95, b.receiving.pruned.p95)}).`,
        '',
      );
      for (const example of [...b.sending.examples, ...b.receiving.examples])
        lines.push(`- mismatch: ${example}`);
      if (mismatches) lines.push('');
    }
  } else if (r.postgres) {
    lines.push(
      '| Query | n | p50 | p95 | p99 | max | notes |',
      '| --- | --: | --: | --: | --: | --: | --- |',
      latencyRow('PostgreSQL: bare skill-overlap top 20 (GIN)', r.postgres.latency, 'one factor only'),
      '',
    );
  }
  if (r.replica) lines.push(...replicaLines(r.replica, r.api));
  if (r.batch) {
    const b = r.batch;
    const run = b.run;
    const gap = run.optimalityGap ?? NaN;
    lines.push(
      `### Whole-country batch assignment (worker process, BullMQ)`,
      '',
      '| Figure | Value | Target |',
      '| --- | --: | --- |',
      `| Wall time, mutation to COMPLETED | ${(b.wallMs / 1000).toFixed(1)} s | ${pass(b.wallMs < TARGETS.batchWallMs)} (< 2 min) |`,
      `| Run time in the worker (startedAt → finishedAt) | ${serverSeconds(run.startedAt, run.finishedAt)} | |`,
      `| Worker peak RSS (VmHWM) | ${b.workerPeakMiB.toFixed(0)} MiB (idle ${b.workerIdleMiB.toFixed(0)} MiB) | ${pass(b.workerPeakMiB < TARGETS.batchPeakMiB)} (< 1.5 GB) |`,
      `| Optimality gap (1 − total / upper bound) | ${(gap * 100).toFixed(3)} % | ${pass(gap <= TARGETS.batchGap)} (≤ 2 %) |`,
      `| Total score / upper bound | ${fmt(run.totalScore)} / ${fmt(run.upperBound)} | |`,
      `| People offered / assigned | ${n(run.peopleOffered ?? 0)} / ${n(run.peopleAssigned ?? 0)} | |`,
      `| Offers (sending / receiving), candidate pairs | ${n(run.sendingOfferCount ?? 0)} / ${n(run.receivingOfferCount ?? 0)}, ${n(run.candidatePairCount ?? 0)} | |`,
      '',
    );
  }
  if (r.skipped.length) {
    lines.push('Not measured in this run:', '', ...r.skipped.map((s) => `- ${s}`), '');
  }
  return lines.join('\n');
}

function replicaLines(p: ApiReplica, a: ApiLatency | null): string[] {
  const mib = (m: { currentMiB: number; peakMiB: number }) =>
    `${m.currentMiB.toFixed(0)} MiB (peak ${m.peakMiB.toFixed(0)} MiB)`;
  const lines = [
    `### One API replica (the match index in memory)`,
    '',
    '| Figure | Value |',
    '| --- | --: |',
    `| API listening, from process start | ${formatMs(p.listeningMs)} |`,
    `| Match index load at start (in the background; ${n(p.indexed.sending)} sending + ${n(p.indexed.receiving)} receiving) | ${formatMs(p.indexLoadMs)} |`,
    `| \`/health\` ready (200), from process start | ${formatMs(p.readyMs)}${p.sawLoading ? ' (503 while loading)' : ''} |`,
    `| Resident memory when ready (VmRSS, peak VmHWM) | ${mib(p.whenReady)} |`,
  ];
  if (p.afterQueries) {
    lines.push(`| Resident memory after the latency run (VmRSS, peak VmHWM) | ${mib(p.afterQueries)} |`);
  }
  if (a) {
    lines.push(
      `| First ranking after ready, \`matchesForSendingOffer(first: 20)\` | ${formatMs(a.firstQueryMs)} (p50 of the run ${formatMs(a.sending.latency.p50)}) |`,
    );
  }
  lines.push('');
  return lines;
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(1)}×`;
}

function serverSeconds(startedAt: string | null, finishedAt: string | null): string {
  if (!startedAt || !finishedAt) return '—';
  return `${((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000).toFixed(1)} s`;
}

function fmt(x: number | null): string {
  return x === null ? '—' : x.toFixed(2);
}

/**
 * Writes the Matching section into BENCHMARKS.md, creating the file or the section if needed, formatted with the
 * repository's Prettier settings (CI checks the formatting of every file).
 */
export function writeMatchingSection(file: string, body: string): void {
  writeBenchSection(file, 'matching', 'Matching', body);
}
