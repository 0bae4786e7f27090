import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summarise } from '../matching/support/stats';
import { renderStatisticsSection, writeStatisticsSection, type StatisticsReport } from './statistics-report';

function report(apiSamples: number[], rebuildMs: number, freshnessMs: number[]): StatisticsReport {
  return {
    date: '2026-11-21T10:00:00.000Z',
    command: 'npm run bench:statistics',
    machine: {
      cpuModel: 'CPU',
      cores: 2,
      memoryGiB: 8,
      node: 'v20',
      postgres: '15',
      os: 'Linux',
      loadAverageAtStart: 0.5,
    },
    loadAverageMax: 1,
    sizes: {
      companies: 10,
      sendingOffers: 20,
      receivingOffers: 150,
      cases: 10,
      establishmentEvents: 10,
      corrections: 1,
      peopleEstablished: 12,
      peopleCorrected: 1,
      statisticsChanges: 3,
      liveFrom: '2016-04',
      today: '2026-11-21',
      months: 128,
      fiscalYears: 11,
      seed: 1,
    },
    timings: { prepareMs: 500, generateMs: 70_000 },
    rebuilds: [{ durationMs: rebuildMs, months: 128, offerRows: 3, establishmentRows: 4, monthRows: 2 }],
    firstDrain: { durationMs: 100, changes: 3 },
    queryCount: apiSamples.length,
    baselineCount: 2,
    queries: [
      {
        name: 'annualStatistics',
        description: 'every fiscal year',
        note: null,
        api: summarise(apiSamples),
        inProcess: summarise(apiSamples),
        raw: summarise([500, 600]),
        mismatches: 0,
        compared: 2,
      },
    ],
    floor: summarise([2, 3]),
    freshness: [{ kind: 'establishment', samplesMs: freshnessMs, summary: summarise(freshnessMs) }],
    skipped: [],
  };
}

describe('statistics benchmark report', () => {
  it('marks each figure against its target and says by how much a miss misses', () => {
    const ok = renderStatisticsSection(report([5, 6, 7], 2_000, [300, 1_900]));
    expect(ok).toMatch(
      /\| `annualStatistics` — every fiscal year \| 6\.00 ms \| 7\.00 ms \| 7\.00 ms \| PASS \|/,
    );
    expect(ok).toMatch(/2\.0 s \| PASS \(< 60 s\)/);
    expect(ok).toMatch(/\| establishment \| 2 \| 300 ms \| 300 ms \| 1900 ms \| PASS \(< 5 s\) \|/);
    expect(ok).not.toMatch(/FAIL/);
    // The floor row belongs to the query table: no text between the last query row and it.
    expect(ok).toMatch(/\| `annualStatistics`[^\n]*\n\| API floor/);
    const slow = renderStatisticsSection(report([40, 50, 80], 90_000, [6_000]));
    expect(slow).toMatch(/FAIL \(by 55\.0 ms, 3\.2× the target\)/);
    expect(slow).toMatch(/90\.0 s \| FAIL \(by 30000 ms, 1\.5× the target\)/);
    expect(slow).toMatch(/6000 ms \| FAIL/);
  });

  it('leaves out a kind of event no freshness try reached instead of failing it', () => {
    const text = renderStatisticsSection({
      ...report([5, 6, 7], 2_000, [300]),
      freshness: [
        { kind: 'receiving offer', samplesMs: [300], summary: summarise([300]) },
        { kind: 'establishment', samplesMs: [], summary: summarise([]) },
      ],
    });
    expect(text).toMatch(/\| receiving offer \| 1 \| 300 ms \| 300 ms \| 300 ms \| PASS \(< 5 s\) \|/);
    expect(text).not.toMatch(/\| establishment \|/);
    expect(text).not.toMatch(/FAIL|NaN/);
  });

  it('rewrites only its own section of BENCHMARKS.md', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
    const file = path.join(dir, 'BENCHMARKS.md');
    fs.writeFileSync(
      file,
      '# Benchmarks\n\n## Matching\n\n<!-- bench:matching:start -->\n\nkept\n\n<!-- bench:matching:end -->\n',
    );
    writeStatisticsSection(file, 'first body');
    writeStatisticsSection(file, 'second body');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('kept');
    expect(text).toContain('second body');
    expect(text).not.toContain('first body');
    expect(text.match(/## Statistics/g)).toHaveLength(1);
    fs.rmSync(dir, { recursive: true });
  });
});
