import { runBench, tableRow, type BenchRun } from './run-bench';

const ROWS = 20;

/** `npm run bench:referrals` from a fresh clone, at a tiny size: every format validated and imported, the baseline. */
describe('npm run bench:referrals (small size)', () => {
  let result: BenchRun;

  beforeAll(async () => {
    result = await runBench(
      'referrals',
      ['--rows', String(ROWS), '--baseline-rows', '10', '--dry-runs', '1'],
      150_000,
    );
  }, 180_000);

  it('completes and names its command', () => {
    // The output's tail rides along so that a failure shows why.
    expect(`exit ${result.exitCode}\n${result.output.slice(-3000)}`).toMatch(/^exit 0\n/);
    expect(result.section).toContain(`with \`npm run bench:referrals -- --rows ${ROWS}`);
  });

  it('reports the dry run and the full import of each format, every row imported', () => {
    for (const format of ['CSV, UTF-8 (BOM)', 'CSV, Shift_JIS', 'Excel (.xlsx)']) {
      const row = tableRow(result.section, format);
      expect({ format, dryRun: row?.[2], fullImport: row?.[5] }).toEqual({
        format,
        dryRun: expect.stringMatching(/^[\d.]+ ms \/ [\d.]+ ms \(n=1\)$/),
        fullImport: expect.stringMatching(/^\*\*[\d.]+ ms\*\*$/),
      });
      expect(result.section).toContain(`${format}: ${ROWS} referrals in the database`);
    }
  });

  it('reports the row-by-row baseline beside the import', () => {
    expect(result.section).toMatch(/10 rows in [\d.]+ ms, i\.e\. [\d.]+ ms for 20 rows/);
    expect(result.section).toMatch(/against [\d.]+ ms measured: [\d.]+× (slower|faster)/);
  });

  it('rewrites only its own section of the file it was given, and drops its database and Redis keys', () => {
    expect(result.restUnchanged).toBe(true);
    expect(result.database).toMatch(/^kk_bench_/);
    expect(result.leftovers).toEqual({ database: false, redisKeys: 0 });
  });
});
