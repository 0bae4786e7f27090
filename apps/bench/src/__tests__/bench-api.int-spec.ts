import { runBench, tableRow, type BenchRun } from './run-bench';

/**
 * `npm run bench:api` from a fresh clone, at a tiny size: the anchor and the API under load, the targets judged, the
 * ranking at national size after /health said ready, the profile; and the run leaves nothing behind.
 */
describe('npm run bench:api (small size)', () => {
  let result: BenchRun;

  beforeAll(async () => {
    result = await runBench(
      'api',
      [
        '--seconds',
        '1',
        '--connections',
        '1',
        '--cases',
        '20',
        '--sending',
        '300',
        '--receiving',
        '2000',
        '--queries',
        '5',
      ],
      230_000,
    );
  }, 240_000);

  it('completes and measures the anchor and every request beside it at each connection count', () => {
    expect(`exit ${result.exitCode}\n${result.output.slice(-3000)}`).toMatch(/^exit 0\n/);
    expect(result.section).toContain('with `npm run bench:api -- --seconds 1 --connections 1 ');
    for (const label of [
      'Anchor: bare NestJS + GraphQL',
      '`{ __typename }`',
      '`{ me { id } }`',
      '`companies(first: 20)`',
      '`sendingOffers(first: 20)`',
      '`caseBoard`',
      '`matchesForSendingOffer(first: 20)`',
    ]) {
      const row = tableRow(result.section, label);
      // Request, connections, req/s, p50, p99, API CPU, API memory, share of the anchor.
      expect({ label, row: row?.slice(1, 3) }).toEqual({ label, row: ['1', expect.stringMatching(/^\d+$/)] });
      expect(Number(row?.[2])).toBeGreaterThan(0);
      expect(row?.[6]).toMatch(/^\d+ MiB$/);
      expect(row?.[7]).toMatch(/^\d+ %$/);
    }
  });

  it('judges every target of the issue and states the replica’s memory and where the time goes', () => {
    const targets = (result.section.split('### Targets')[1] ?? '').split('###')[0];
    const verdicts = targets
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Target') && !line.startsWith('| ---'))
      .map((line) => line.split('|').slice(-2, -1)[0].trim());
    expect(verdicts).toHaveLength(7);
    for (const verdict of verdicts) expect(['PASS', 'MISS', 'not measured']).toContain(verdict);
    expect(result.section).toMatch(/answered `\/health` with 200 \(its match index loaded\) [\d.]+ s after/);
    expect(result.section).toMatch(/resident memory then \d+ MiB/);
    expect(result.section).toMatch(/first after ready [\d.]+ ms/);
    expect(
      tableRow(result.section, 'V8 (garbage collector)')?.[1] ?? tableRow(result.section, 'graphql')?.[1],
    ).toMatch(/^\d+ %$/);
    // The requests furthest from their targets are profiled: the companies list, the board and the ranking.
    const profiled = [...result.section.matchAll(/V8's sampling profiler in the API during (`\w+)/g)].map(
      (m) => m[1],
    );
    expect(profiled).toEqual(['`companies', '`caseBoard', '`matchesForSendingOffer']);
  });

  it('keeps the other sections and leaves no database or Redis keys behind', () => {
    expect(result.restUnchanged).toBe(true);
    expect(result.leftovers).toEqual({ database: false, redisKeys: 0 });
  });
});
