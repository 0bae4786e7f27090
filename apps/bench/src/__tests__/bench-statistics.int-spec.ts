import { runBench, tableRow, type BenchRun } from './run-bench';

const QUERIES = 3;

/**
 * `npm run bench:statistics` from a fresh clone, at a tiny size: the rebuild, every dashboard query over HTTP beside
 * the raw baseline (same figures), and the commit-to-figures latency of both kinds of event.
 */
describe('npm run bench:statistics (small size)', () => {
  let result: BenchRun;

  beforeAll(async () => {
    result = await runBench(
      'statistics',
      [
        ...['--years', '1', '--receiving', '200', '--sending', '50', '--established', '20'],
        ...[
          '--companies',
          '50',
          '--queries',
          String(QUERIES),
          '--baseline-queries',
          '1',
          '--freshness-tries',
          '2',
        ],
      ],
      150_000,
    );
  }, 180_000);

  it('completes with every part measured', () => {
    // The output's tail rides along so that a failure shows why.
    expect(`exit ${result.exitCode}\n${result.output.slice(-3000)}`).toMatch(/^exit 0\n/);
    expect(result.section).toContain('with `npm run bench:statistics -- --years 1');
    expect(result.section).not.toContain('Not measured in this run');
  });

  it('reports the full rebuild and the first refresh', () => {
    expect(tableRow(result.section, 'Full rebuild (first, after the bulk load)')?.[1]).toMatch(/^[\d.]+ s$/);
    expect(tableRow(result.section, 'First refresh (drain)')?.[1]).toMatch(/^[\d.]+ ms$/);
  });

  it('reports every dashboard query over HTTP, the rollup-backed ones with the same figures as the raw tables', () => {
    for (const query of ['`monthlyStatistics`', '`annualStatistics`', '`industryFlows`']) {
      const row = tableRow(result.section, query);
      expect({ query, p50: row?.[1], sameFigures: row?.[7] }).toEqual({
        query,
        p50: expect.stringMatching(/^[\d.]+ ms$/),
        sameFigures: 'PASS (1/1)',
      });
    }
    for (const query of ['`partnerAgreementCounts`', '`talentBankOutcomes`', '`dashboard', 'API floor']) {
      expect({ query, p50: tableRow(result.section, query)?.[1] }).toEqual({
        query,
        p50: expect.stringMatching(/^[\d.]+ ms$/),
      });
    }
  });

  it('reports how soon a committed offer and a committed establishment show in the figures', () => {
    for (const event of ['receiving offer', 'establishment']) {
      const row = tableRow(result.section, event);
      expect({ event, tries: row?.[1], p50: row?.[3] }).toEqual({
        event,
        tries: '1',
        p50: expect.stringMatching(/^[\d.]+ ms$/),
      });
    }
  });

  it('rewrites only its own section of the file it was given, and drops its database and Redis keys', () => {
    expect(result.restUnchanged).toBe(true);
    expect(result.database).toMatch(/^kk_bench_/);
    expect(result.leftovers).toEqual({ database: false, redisKeys: 0 });
  });
});
