// The "API throughput" section of BENCHMARKS.md: every request at every connection count beside the anchor measured
// in the same run, the targets with PASS or MISS, the ranking at national size and the profile.
import { writeBenchSection } from '../shared/benchmarks-section';
import type { MachineInfo } from '../matching/support/machine';
import { formatMs } from '../matching/support/stats';
import type { LoadResult } from './load-run';
import type { ScenarioResult } from './measure-api';
import type { NationalFigures } from './measure-national';
import type { ProductFigures, ProfiledRun } from './measure-product';
import { SCENARIO_LABELS } from './scenarios';

export interface ApiReport {
  date: string;
  command: string;
  machine: MachineInfo;
  options: { seconds: number; connections: number[]; cases: number; queries: number };
  loadAverageMax: number;
  anchor: ScenarioResult | null;
  product: ProductFigures | null;
  national: NationalFigures | null;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '—');
const mib = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} MiB` : '—');

function anchorAt(r: ApiReport, connections: number): LoadResult | undefined {
  return r.anchor?.runs.find((run) => run.connections === connections);
}

function loadRows(r: ApiReport, scenario: ScenarioResult): string[] {
  return scenario.runs.map((run) => {
    const anchor = anchorAt(r, run.connections);
    return `| ${SCENARIO_LABELS[scenario.key]} | ${run.connections} | ${run.requestsPerSecond.toFixed(0)} | ${formatMs(run.p50)} | ${formatMs(run.p99)} | ${run.serverCores.toFixed(2)} | ${mib(run.serverRssMiB)} | ${anchor ? pct(run.requestsPerSecond / anchor.requestsPerSecond) : '—'} |`;
  });
}

interface Target {
  label: string;
  measured: string;
  pass: boolean | null;
}

function scenario(r: ApiReport, key: ScenarioResult['key']): ScenarioResult | undefined {
  return key === 'matches' ? r.national?.underLoad : r.product?.scenarios.find((s) => s.key === key);
}

/** The lowest share of the anchor's req/s over the levels with 10 or more connections (where both are saturated). */
function shareOfAnchor(r: ApiReport, key: ScenarioResult['key'], floor: number): Target {
  const runs = (scenario(r, key)?.runs ?? []).filter(
    (run) => run.connections >= 10 && anchorAt(r, run.connections),
  );
  const shares = runs.map(
    (run) => run.requestsPerSecond / (anchorAt(r, run.connections) as LoadResult).requestsPerSecond,
  );
  const lowest = shares.length ? Math.min(...shares) : NaN;
  return {
    label: `${SCENARIO_LABELS[key]}: at least ${pct(floor)} of the anchor's req/s (${runs.map((run) => run.connections).join(' and ')} connections)`,
    measured: shares.map(pct).join(' / ') || '—',
    pass: shares.length ? lowest >= floor : null,
  };
}

function p99Below(r: ApiReport, key: ScenarioResult['key'], connections: number, limitMs: number): Target {
  const run = scenario(r, key)?.runs.find((x) => x.connections === connections);
  return {
    label: `${SCENARIO_LABELS[key]}: p99 < ${limitMs} ms at ${connections} connections`,
    measured: run ? formatMs(run.p99) : 'not measured at that level',
    pass: run ? run.p99 < limitMs : null,
  };
}

function targets(r: ApiReport): Target[] {
  const list = [
    shareOfAnchor(r, 'companies', 0.4),
    p99Below(r, 'companies', 50, 50),
    shareOfAnchor(r, 'me', 0.6),
    p99Below(r, 'caseBoard', 10, 50),
    p99Below(r, 'offers', 10, 50),
  ];
  const national = r.national;
  if (national) {
    list.push({
      label: `${SCENARIO_LABELS.matches}: p95 < 12 ms one at a time at national size`,
      measured: formatMs(national.oneAtATime.latency.p95),
      pass: national.oneAtATime.latency.p95 < 12,
    });
    list.push({
      label: 'The first ranking after /health says ready: no slower than the p99 of the others',
      measured: `${formatMs(national.oneAtATime.firstMs)} (p99 ${formatMs(national.oneAtATime.latency.p99)})`,
      pass: national.oneAtATime.firstMs <= national.oneAtATime.latency.p99,
    });
  }
  return list;
}

function nationalLines(n: NationalFigures | null): string[] {
  if (!n) return ['', '- The ranking at national size was not measured.'];
  const l = n.oneAtATime.latency;
  return [
    '',
    '### Ranking at national size',
    '',
    `- ${n.sending.toLocaleString('en')} open sending and ${n.receiving.toLocaleString('en')} receiving offers generated (as \`npm run bench:matching\`) beside the demo data.`,
    `- The API, restarted on them, answered \`/health\` with 200 (its match index loaded) ${(n.readyMs / 1000).toFixed(1)} s after its process started; resident memory then ${mib(n.residentMiBWhenReady)}, ${mib(n.residentMiBAtEnd)} after the runs below (peak ${mib(n.peakResidentMiB)}): the memory one API replica needs at national size.`,
    `- One at a time, each for another offer: first after ready ${formatMs(n.oneAtATime.firstMs)}; then ${l.count} rankings p50 ${formatMs(l.p50)}, p95 ${formatMs(l.p95)}, p99 ${formatMs(l.p99)}, max ${formatMs(l.max)}.`,
  ];
}

function profileLines(p: ProductFigures | null, n: NationalFigures | null): string[] {
  const runs = [...(p?.profiles ?? []), ...(n?.profile ? [n.profile] : [])];
  if (!runs.length) return ['', '- Not profiled (`--no-profile`).'];
  return ['', '### Where the time goes', ...runs.flatMap(profiledRunLines)];
}

function profiledRunLines({ profiled, profile }: ProfiledRun): string[] {
  return [
    '',
    `V8's sampling profiler in the API during ${profiled} (the API's CPU was busy ${pct(profile.busy)} of that time; the rest it waited for PostgreSQL and the network). Self time by owner, then the busiest functions:`,
    '',
    '| Owner | Share of busy time |',
    '| --- | --: |',
    ...profile.byOwner.map((x) => `| ${x.name} | ${pct(x.share)} |`),
    '',
    '| Function | Share of busy time |',
    '| --- | --: |',
    ...profile.topFunctions.map((x) => `| \`${x.name.replace(/\|/g, '\\|')}\` | ${pct(x.share)} |`),
  ];
}

export function renderApiSection(r: ApiReport): string {
  const m = r.machine;
  const scenarios = [
    ...(r.anchor ? [r.anchor] : []),
    ...(r.product?.scenarios ?? []),
    ...(r.national ? [r.national.underLoad] : []),
  ];
  return [
    `Measured ${r.date} with \`${r.command}\`. Reproduce with \`npm run bench:api\` (full size, about three minutes; a quick run: \`npm run bench:api -- --seconds 1 --connections 1,10 --sending 2000 --receiving 15000 --queries 30\`; \`--help\` for the options).`,
    '',
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    `- Load average: ${m.loadAverageAtStart.toFixed(2)} at the start, at most ${r.loadAverageMax.toFixed(2)} during the run. Load generator (autocannon) and servers share the machine's cores, as the anchor's do.`,
    `- Each level runs ${r.options.seconds} s after a warm-up; every response is a 200, the first and last of each level checked for data without errors. Servers run as their own processes in production mode; the API's log lines (one per request, at info level) go to a file; it is signed in as the Tokyo consultant (bearer token) on the demo data with a board of ${r.options.cases} cases.`,
    '',
    '| Request | Connections | req/s | p50 | p99 | API CPU (cores) | API memory | req/s ÷ anchor |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...scenarios.flatMap((s) => loadRows(r, s)),
    '',
    '### Targets',
    '',
    '| Target | Measured | Result |',
    '| --- | --: | --- |',
    ...targets(r).map(
      (t) =>
        `| ${t.label} | ${t.measured} | ${t.pass === null ? 'not measured' : t.pass ? 'PASS' : 'MISS'} |`,
    ),
    ...nationalLines(r.national),
    ...profileLines(r.product, r.national),
  ].join('\n');
}

export function writeApiSection(file: string, body: string): void {
  writeBenchSection(file, 'api', 'API throughput', body);
}
