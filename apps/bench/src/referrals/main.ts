import 'reflect-metadata';
// `npm run bench:referrals [-- --rows 10000 --baseline-rows 2000]`: generates valid referral uploads (UTF-8 CSV,
// Shift_JIS CSV, .xlsx) into a fresh database and measures, in this process with BullMQ on Redis, the dry run and the
// full import of each, then the row-by-row baseline. Progress goes to stderr, the result to stdout and, at full size,
// the "Referral bulk upload" section of BENCHMARKS.md.
import { Role, type AuthUser } from '@kakehashi/authz';
import { companyNameSearchKey } from '@kakehashi/text';
import { Command, InvalidArgumentError } from 'commander';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Client } from 'pg';
import {
  createBenchDatabase,
  prepareBenchDatabase,
  releaseBenchDatabase,
  withClient,
} from '../matching/load/bench-database';
import { addDatabaseOptions, positiveInteger, runBench } from '../matching/support/cli';
import { machineInfo } from '../matching/support/machine';
import { startReferralBench } from './bench-context';
import { generateUploadFiles } from './generate-rows';
import { measureDryRun, measureImport, measureRowByRowBaseline } from './measure';
import { renderReferralSection, writeReferralSection, type ReferralBenchReport } from './report';

const FULL_ROWS = 10_000;
const BRANCHES = ['新宿支店', '梅田支店', '名駅支店', '博多支店', '札幌支店'];

interface Options {
  rows: number;
  baselineRows: number;
  dryRuns: number;
  seed: number;
  keep: boolean;
  write?: boolean;
  benchmarksFile: string;
  adminUrl: string;
  redisUrl: string;
}

function parseOptions(argv: string[]): Options {
  const program = new Command('bench:referrals')
    .description(
      'Referral bulk upload benchmark: dry run and full import of CSV (UTF-8, Shift_JIS) and .xlsx',
    )
    .option('--rows <n>', 'rows per file (at most 10000, the upload limit)', positiveInteger, FULL_ROWS)
    .option(
      '--baseline-rows <n>',
      'rows saved one by one for the baseline (scaled to --rows)',
      positiveInteger,
      FULL_ROWS,
    )
    .option('--dry-runs <n>', 'dry runs per file', positiveInteger, 3)
    .option('--seed <n>', 'generator seed', positiveInteger, 2026);
  return addDatabaseOptions(program, 'Redis for the queue').parse(argv).opts<Options>();
}

const log = (line: string) => process.stderr.write(`[bench:referrals] ${line}\n`);

/** The uploader: a partner institution of its own with branches and a head office account; a Center coordinator. */
async function fixtures(
  client: Client,
): Promise<{ hq: AuthUser & { partnerInstitutionId: string }; branches: { id: string; name: string }[] }> {
  const name = 'ベンチマーク信用金庫';
  const institution = await client.query<{ id: string }>(
    `INSERT INTO "partner_institutions" ("type", "name", "name_search_key", "version")
     VALUES ('FINANCIAL_INSTITUTION', $1, $2, 1) RETURNING "id"`,
    [name, companyNameSearchKey(name)],
  );
  const institutionId = institution.rows[0].id;
  const branches: { id: string; name: string }[] = [];
  for (const branch of BRANCHES) {
    const row = await client.query<{ id: string }>(
      `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
       VALUES ($1, $2, '13', 1) RETURNING "id"`,
      [institutionId, branch],
    );
    branches.push({ id: row.rows[0].id, name: branch });
  }
  const user = await client.query<{ id: string }>(
    `INSERT INTO "users" ("email", "name", "role", "partner_institution_id", "password_hash", "version")
     VALUES ('bench.partner.hq@kakehashi.example', 'ベンチ 本部', 'PARTNER_HQ', $1, 'not-a-hash', 1) RETURNING "id"`,
    [institutionId],
  );
  return {
    hq: {
      id: user.rows[0].id,
      email: 'bench.partner.hq@kakehashi.example',
      name: 'ベンチ 本部',
      role: Role.PARTNER_HQ,
      officeId: null,
      partnerInstitutionId: institutionId,
      partnerBranchId: null,
    },
    branches,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  if (options.rows > FULL_ROWS)
    throw new InvalidArgumentError(`--rows is at most ${FULL_ROWS} (the upload limit)`);
  const write = options.write ?? options.rows >= FULL_ROWS;
  let loadAverageMax = os.loadavg()[0];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    loadAverageMax = Math.max(loadAverageMax, os.loadavg()[0]);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.name}`);
  let app: Awaited<ReturnType<typeof startReferralBench>> | null = null;
  try {
    await prepareBenchDatabase(database);
    const { machine, hq, branches } = await withClient(database.url, async (client) => ({
      machine: await machineInfo(client),
      ...(await fixtures(client)),
    }));
    const start = Date.now();
    const files = await generateUploadFiles({ rows: options.rows, seed: options.seed, branches: BRANCHES });
    log(`generated ${options.rows} rows per format in ${Date.now() - start} ms`);

    app = await startReferralBench({
      databaseUrl: database.appUrl,
      redisUrl: options.redisUrl,
      redisPrefix: database.name,
    });

    // Warm-up (JIT, connection pool, the Shift_JIS decoder): a small file, not counted.
    const warmUp = await generateUploadFiles({ rows: 200, seed: options.seed + 1, branches: BRANCHES });
    await measureDryRun(app, hq, 'warm-up.csv', warmUp.utf8Csv, 1);
    await measureDryRun(app, hq, 'warm-up.xlsx', warmUp.xlsx, 1);

    const formats = [
      { label: 'CSV, UTF-8 (BOM)', fileName: '紹介_utf8.csv', bytes: files.utf8Csv },
      { label: 'CSV, Shift_JIS', fileName: '紹介_sjis.csv', bytes: files.shiftJisCsv },
      { label: 'Excel (.xlsx)', fileName: '紹介.xlsx', bytes: files.xlsx },
    ];
    const report: ReferralBenchReport = {
      date: new Date().toISOString(),
      command: `npm run bench:referrals -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      machine,
      loadAverageMax,
      rows: options.rows,
      seed: options.seed,
      peakRssMiB: 0,
      formats: [],
      baseline: null,
      skipped: [],
    };
    for (const format of formats) {
      log(`${format.label}: ${format.bytes.length} bytes; dry run ×${options.dryRuns}…`);
      const dryRun = await measureDryRun(app, hq, format.fileName, format.bytes, options.dryRuns);
      if (dryRun.errorCount || dryRun.rowCount !== options.rows) {
        throw new Error(`${format.label}: ${dryRun.errorCount} errors in ${dryRun.rowCount} rows`);
      }
      log(`  dry run ${dryRun.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms; importing…`);
      const imported = await measureImport(app, hq, format.fileName, format.bytes);
      if (imported.referralsInDatabase !== options.rows) {
        throw new Error(
          `${format.label}: ${imported.referralsInDatabase} referrals written, ${options.rows} expected`,
        );
      }
      log(
        `  import ${imported.startMs.toFixed(0)} + ${imported.jobMs.toFixed(0)} = ${imported.totalMs.toFixed(0)} ms`,
      );
      report.formats.push({ ...format, bytes: format.bytes.length, dryRun, import: imported });
    }

    const baselineRows = Math.min(options.baselineRows, options.rows);
    log(`baseline: ${baselineRows} rows saved one by one…`);
    report.baseline = await measureRowByRowBaseline(
      app,
      hq,
      formats[0].fileName,
      files.utf8Csv,
      branches,
      baselineRows,
      options.rows,
    );
    log(
      `  ${report.baseline.writeMs.toFixed(0)} ms (${report.baseline.extrapolatedWriteMs.toFixed(0)} ms for ${options.rows})`,
    );
    report.loadAverageMax = loadAverageMax;
    report.peakRssMiB = peakRss / 1024 / 1024;

    const section = renderReferralSection(report);
    process.stdout.write(`\n${section}\n`);
    if (write) {
      const file = options.benchmarksFile;
      writeReferralSection(file, section);
      log(`updated ${path.relative(process.cwd(), file) || file}`);
    } else {
      log('BENCHMARKS.md not updated (not the full size; pass --write to force)');
    }
  } finally {
    clearInterval(sampler);
    await app?.close();
    await releaseBenchDatabase(database, options, log);
  }
}

runBench('bench:referrals', main);
