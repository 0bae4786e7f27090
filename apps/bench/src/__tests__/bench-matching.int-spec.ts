import { runBench, tableRow, type BenchRun } from './run-bench';

const QUERIES = 5;

/**
 * `npm run bench:matching` from a fresh clone, at a tiny size: the API and worker it starts connect as the application
 * role (production refuses a superuser), every part is measured and the report has the figures BENCHMARKS.md shows.
 */
describe('npm run bench:matching (small size)', () => {
  let result: BenchRun;

  beforeAll(async () => {
    result = await runBench(
      'matching',
      ['--sending', '60', '--receiving', '300', '--queries', String(QUERIES)],
      200_000,
    );
  }, 240_000);

  it('completes with every part measured', () => {
    // The output's tail rides along so that a failure shows why.
    expect(`exit ${result.exitCode}\n${result.output.slice(-3000)}`).toMatch(/^exit 0\n/);
    expect(result.section).toContain(`with \`npm run bench:matching -- --sending 60 --receiving 300`);
    expect(result.section).not.toContain('Not measured in this run');
  });

  it('reports the latency of both matching queries, the floor and the baselines, one row each with its count', () => {
    for (const label of [
      '`matchesForSendingOffer(first: 20)`',
      '`matchesForReceivingOffer(first: 20)`',
      'API floor: `{ me { id } }`',
      'Exhaustive baseline, receiving for sending',
      'Exhaustive baseline, sending for receiving',
      'Engine pruned search, receiving for sending',
      'Engine pruned search, sending for receiving',
      'PostgreSQL: bare skill-overlap top 20',
    ]) {
      const row = tableRow(result.section, label);
      expect({ label, n: row?.[1], p50: row?.[2], p95: row?.[3] }).toEqual({
        label,
        n: String(QUERIES),
        p50: expect.stringMatching(/^[\d.]+ ms$/),
        p95: expect.stringMatching(/^[\d.]+ ms$/),
      });
    }
  });

  it('reports one API replica: listening before its index is loaded, the load, readiness, memory and the first ranking', () => {
    const value = (label: string) => tableRow(result.section, label)?.[1] ?? '';
    const ms = (label: string) => Number(/^([\d.]+) ms\b/.exec(value(label))?.[1] ?? NaN);
    const listening = ms('API listening, from process start');
    const load = ms('Match index load at start');
    const ready = ms('`/health` ready (200), from process start');
    expect({ listening, load, ready }).toEqual({
      listening: expect.any(Number),
      load: expect.any(Number),
      ready: expect.any(Number),
    });
    // Ready only once listening and loaded; the load is timed inside the process, so it fits between start and ready.
    expect(ready).toBeGreaterThanOrEqual(listening);
    expect(load).toBeGreaterThan(0);
    expect(load).toBeLessThan(ready);
    // The demo seed's few offers plus the generated ones, all open, are in the index.
    const [sending, receiving] = /\(in the background; ([\d,]+) sending \+ ([\d,]+) receiving\)/
      .exec(tableRow(result.section, 'Match index load at start')?.[0] ?? '')
      ?.slice(1)
      .map((x) => Number(x.replace(/,/g, ''))) ?? [NaN, NaN];
    expect(sending).toBeGreaterThanOrEqual(60);
    expect(receiving).toBeGreaterThanOrEqual(300);
    for (const label of ['Resident memory when ready', 'Resident memory after the latency run']) {
      const [, rss, peak] = /^(\d+) MiB \(peak (\d+) MiB\)$/.exec(value(label)) ?? [];
      // A Nest API on Node holds at least 50 MiB and, at this size, far less than the machine.
      expect({ label, rss: Number(rss) > 50 && Number(rss) < 4096 }).toEqual({ label, rss: true });
      expect(Number(peak)).toBeGreaterThanOrEqual(Number(rss));
    }
    const first = /^([\d.]+) ms \(p50 of the run ([\d.]+) ms\)$/.exec(value('First ranking after ready'));
    expect(first).not.toBeNull();
    // A sanity bound only: at this size even a load would be quick; the full-size run shows it is like the others.
    expect(Number(first?.[1])).toBeGreaterThan(0);
    expect(Number(first?.[1])).toBeLessThan(1_000);
  });

  it('finds the API returns the same top 20 as the exhaustive scoring', () => {
    expect(result.section).toMatch(
      new RegExp(
        `Same top 20 as the exhaustive scoring \\(ids, order and scores\\): PASS — ${2 * QUERIES} lists`,
      ),
    );
  });

  it('reports the whole-country batch assignment run by the worker', () => {
    expect(tableRow(result.section, 'Wall time, mutation to COMPLETED')?.[1]).toMatch(/^[\d.]+ s$/);
    expect(tableRow(result.section, 'Optimality gap')?.[1]).toMatch(/^[\d.]+ %$/);
    const [offered, assigned] = (tableRow(result.section, 'People offered / assigned')?.[1] ?? '')
      .split(' / ')
      .map((n) => Number(n.replace(/,/g, '')));
    expect(offered).toBeGreaterThan(0);
    expect(assigned).toBeGreaterThan(0);
  });

  it('rewrites only its own section of the file it was given, and drops its database and Redis keys', () => {
    expect(result.restUnchanged).toBe(true);
    expect(result.database).toMatch(/^kk_bench_/);
    expect(result.leftovers).toEqual({ database: false, redisKeys: 0 });
  });
});
