// The result table (stdout) and the "Referral bulk upload" section of BENCHMARKS.md, between its own markers; the
// other sections are kept as they are.
import type { MachineInfo } from '../matching/support/machine';
import { formatMs, percentile } from '../matching/support/stats';
import type { BaselineResult, DryRunResult, ImportResult } from './measure';
import { writeBenchSection } from '../shared/benchmarks-section';

export const TARGET_MS = 10_000;

export interface FormatResult {
  label: string;
  fileName: string;
  bytes: number;
  dryRun: DryRunResult;
  import: ImportResult;
}

export interface ReferralBenchReport {
  date: string;
  command: string;
  machine: MachineInfo;
  loadAverageMax: number;
  rows: number;
  seed: number;
  peakRssMiB: number;
  formats: FormatResult[];
  baseline: BaselineResult | null;
  /** The dry run and import of the UTF-8 file, to set the baseline beside. */
  skipped: string[];
}

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const n = (x: number) => x.toLocaleString('en-US');
const kib = (bytes: number) => `${n(Math.round(bytes / 1024))} KiB`;
const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const worst = (samples: number[]) => Math.max(...samples);

export function renderReferralSection(r: ReferralBenchReport): string {
  const m = r.machine;
  const lines: string[] = [
    `Measured ${r.date} with \`${r.command}\`. Reproduce with \`npm run bench:referrals\` (about a minute; ` +
      `\`--rows 2000\` for a quick run, \`--help\` for the options).`,
    '',
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    `- Load average: ${m.loadAverageAtStart.toFixed(2)} at the start, at most ${r.loadAverageMax.toFixed(2)} during the run.`,
    `- Data: ${n(r.rows)} valid referral rows per file, generated deterministically (seed ${r.seed}; ` +
      `apps/bench/src/referrals/generate-rows.ts): Japanese headings and values (中小企業, 人員過剰, 東京都, 製造業, ` +
      `2027/4/1), 90% with a corporate number, a third naming one of the uploader's branches, a line break in some ` +
      `details. Each format has its own companies. A fresh database (migrations, reference and demo seed), connected ` +
      `as the application role (row-level security on); BullMQ on Redis with the benchmark process as the worker. ` +
      `Peak RSS ${n(Math.round(r.peakRssMiB))} MiB.`,
    '',
    `Target: ${n(r.rows)} rows validate and import in under ${TARGET_MS / 1000} s.`,
    '',
    '| File | Size | Dry run (median / worst) | importReferrals | Job until COMPLETED | Full import | Target |',
    '| --- | --: | --: | --: | --: | --: | :-: |',
  ];
  for (const f of r.formats) {
    const ok = worst(f.dryRun.samplesMs) < TARGET_MS && f.import.totalMs < TARGET_MS;
    lines.push(
      `| ${f.label} | ${kib(f.bytes)} | ${formatMs(median(f.dryRun.samplesMs))} / ${formatMs(worst(f.dryRun.samplesMs))} ` +
        `(n=${f.dryRun.samplesMs.length}) | ${formatMs(f.import.startMs)} | ${formatMs(f.import.jobMs)} | ` +
        `**${formatMs(f.import.totalMs)}** | ${pass(ok)} |`,
    );
  }
  lines.push(
    '',
    "- Dry run: `validateReferralImport`'s work (Base64, encoding, every row through the shared content rules, " +
      'branches, duplicates within the file); nothing written.',
    '- Full import: `importReferrals` (the same checks again, the file stored with its SHA-256, the job queued) and ' +
      'the job until the import is COMPLETED: the stored file checked again, every referral and its IMPORTED event ' +
      'in one transaction with one `INSERT … SELECT FROM unnest(…)` statement per 2,000 rows, duplicate detection ' +
      'for all rows at once, one summary notification. ' +
      r.formats
        .map(
          (f) =>
            `${f.label}: ${n(f.import.referralsInDatabase)} referrals in the database ` +
            `(${n(f.import.possibleDuplicates)} flagged as possible duplicates)`,
        )
        .join('; ') +
      '.',
  );
  if (r.baseline) {
    const b = r.baseline;
    const utf8 = r.formats[0];
    const estimate = median(utf8.dryRun.samplesMs) * 2 + b.extrapolatedWriteMs;
    lines.push(
      '',
      '### Baseline: one `repository.save` per row',
      '',
      `The same rows saved one referral and one event at a time through TypeORM repositories, in one transaction of ` +
        `the uploader's scope (no duplicate detection, no notification): ${n(b.rows)} rows in ${formatMs(b.writeMs)}` +
        `${b.rows < r.rows ? `, i.e. ${formatMs(b.extrapolatedWriteMs)} for ${n(r.rows)} rows (scaled linearly)` : ''}. ` +
        `With the two checks of the UTF-8 file (${formatMs(median(utf8.dryRun.samplesMs))} each) an import done so ` +
        `would take about ${formatMs(estimate)}, against ${formatMs(utf8.import.totalMs)} measured: ` +
        `${(estimate / utf8.import.totalMs).toFixed(1)}× slower.`,
    );
  }
  if (r.skipped.length) lines.push('', ...r.skipped.map((s) => `- Not measured: ${s}`));
  return lines.join('\n');
}

export function writeReferralSection(file: string, body: string): void {
  writeBenchSection(file, 'referrals', 'Referral bulk upload', body);
}
