import { runBench, tableRow, type BenchRun } from './run-bench';

/**
 * `npm run bench:web` from a fresh clone, at a tiny size: the page is built, served by the API and measured in
 * Chromium; every row has a figure, and the run leaves nothing behind.
 */
describe('npm run bench:web (small size)', () => {
  let result: BenchRun;

  beforeAll(async () => {
    result = await runBench('web', ['--cases', '30', '--runs', '1'], 230_000);
  }, 240_000);

  it('completes and reports the script sizes of the first routes', () => {
    expect(`exit ${result.exitCode}\n${result.output.slice(-3000)}`).toMatch(/^exit 0\n/);
    expect(result.section).toContain('with `npm run bench:web -- --cases 30 --runs 1');
    expect(tableRow(result.section, 'JavaScript for the sign-in route (gzip)')?.[1]).toMatch(/^[\d.]+ KB$/);
    expect(tableRow(result.section, 'JavaScript for sign-in and home (gzip)')?.[1]).toMatch(/^[\d.]+ KB$/);
  });

  it('measures the home page beside the API’s time for the same loads', () => {
    const home = tableRow(result.section, 'Largest contentful paint, home');
    expect(home?.[1]).toMatch(/^[\d.]+ ms \/ [\d.]+ ms$/);
    expect(home?.[2]).toMatch(/^[\d.]+ ms \/ [\d.]+ ms$/);
  });

  it('measures the statistics dashboard: its paint and a scope change redrawn', () => {
    expect(tableRow(result.section, 'Largest contentful paint, statistics dashboard')?.[1]).toMatch(
      /^[\d.]+ ms \/ [\d.]+ ms$/,
    );
    const redraw = tableRow(result.section, 'Statistics dashboard: scope changed by keyboard → redrawn');
    expect(redraw?.[1]).toMatch(/^[\d.]+ ms \/ [\d.]+ ms$/);
  });

  it('keeps the other sections and leaves no database or Redis keys behind', () => {
    expect(result.restUnchanged).toBe(true);
    expect(result.leftovers).toEqual({ database: false, redisKeys: 0 });
  });
});
