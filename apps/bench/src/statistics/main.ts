import 'reflect-metadata';
// `npm run bench:statistics [-- --years 2 --queries 30]`: generates ten years of live records at national scale into
// a fresh database (set-based SQL), then measures (1) the full rebuild of the statistics rollups, (2) every dashboard
// query through the API over HTTP as an executive beside the same statistics computed from the raw tables, and (3) how
// soon a committed event shows in the figures with the worker's refresh schedule running. The API and the worker run
// in this process, as the e2e tests start them. Progress goes to stderr, the result table to stdout, and at full size
// the "Statistics" section of BENCHMARKS.md.
import { todayInJapan } from '@kakehashi/calendar';
import { validateEnvironment } from '@kakehashi/config';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { StatisticsDrainService, StatisticsRebuildService } from '@kakehashi/statistics';
import type { INestApplicationContext } from '@nestjs/common';
import { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
// The benchmark drives the real application entry points in-process, as test/support does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startApi, type RunningApi } from '../../../api/src/start-api';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startWorker } from '../../../worker/src/start-worker';
import { addDatabaseOptions, positiveInteger, runBench } from '../matching/support/cli';
import {
  createBenchDatabase,
  prepareBenchDatabase,
  releaseBenchDatabase,
  withClient,
} from '../matching/load/bench-database';
import { GraphqlClient } from '../matching/support/graphql';
import { machineInfo } from '../matching/support/machine';
import { msSince } from '../matching/support/stats';
import { benchPlan } from './bench-plan';
import { generateLiveData } from './generate-live-data';
import { measureFreshness } from './measure-freshness';
import { measureQueries, queryArgs } from './measure-queries';
import { renderStatisticsSection, writeStatisticsSection, type StatisticsReport } from './statistics-report';

const FULL = { years: 10, receiving: 150_000, sending: 20_000, established: 10_000, queries: 200 };

interface Options {
  years: number;
  receiving: number;
  sending: number;
  established: number;
  companies: number;
  queries: number;
  baselineQueries: number;
  freshnessTries: number;
  seed: number;
  keep: boolean;
  write?: boolean;
  benchmarksFile: string;
  adminUrl: string;
  redisUrl: string;
}

function parseOptions(argv: string[]): Options {
  const program = new Command('bench:statistics')
    .description('Statistics benchmark on generated live data at national scale')
    .option('--years <n>', 'years of live data, ending this month', positiveInteger, FULL.years)
    .option('--receiving <n>', 'receiving offers per year', positiveInteger, FULL.receiving)
    .option('--sending <n>', 'sending offers per year', positiveInteger, FULL.sending)
    .option('--established <n>', 'people established per year', positiveInteger, FULL.established)
    .option('--companies <n>', 'companies the offers come from', positiveInteger, 50_000)
    .option('--queries <n>', 'calls per dashboard query', positiveInteger, FULL.queries)
    .option('--baseline-queries <n>', 'calls per query for the raw baseline (slow)', positiveInteger, 50)
    .option('--freshness-tries <n>', 'events committed and waited for', positiveInteger, 12)
    .option('--seed <n>', 'generator seed', positiveInteger, 2023);
  addDatabaseOptions(program, 'Redis for the API and worker');
  program.parse(argv);
  return program.opts<Options>();
}

const log = (line: string) => process.stderr.write(`[bench:statistics] ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const fullSize =
    options.years >= FULL.years &&
    options.receiving >= FULL.receiving &&
    options.sending >= FULL.sending &&
    options.established >= FULL.established &&
    options.queries >= FULL.queries;
  const write = options.write ?? fullSize;
  const today = todayInJapan();
  const plan = benchPlan(today, options.years, options);
  let loadAverageMax = os.loadavg()[0];
  const loadSampler = setInterval(() => (loadAverageMax = Math.max(loadAverageMax, os.loadavg()[0])), 5_000);
  let api: RunningApi | null = null;
  let worker: INestApplicationContext | null = null;
  let failed = false;
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.name}; live from ${plan.liveFrom} to ${today}`);
  try {
    let start = process.hrtime.bigint();
    await prepareBenchDatabase(database);
    const prepareMs = msSince(start);
    const { machine, hqUserId, counts, generateMs } = await withClient(database.url, async (db) => {
      const users = await db.query<{ id: string }>(
        `SELECT "id" FROM "users" WHERE "email" = 'hq@kakehashi.example'`,
      );
      const machine = await machineInfo(db);
      log('generating…');
      const begun = process.hrtime.bigint();
      const counts = await generateLiveData(db, {
        plan,
        companies: options.companies,
        correctionShare: 0.02,
        seed: options.seed,
        recordedByUserId: users.rows[0].id,
        log,
      });
      return { machine, hqUserId: users.rows[0].id, counts, generateMs: msSince(begun) };
    });
    log(`generated in ${(generateMs / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);

    const config = validateEnvironment({
      NODE_ENV: 'production',
      DATABASE_URL: database.appUrl,
      REDIS_URL: options.redisUrl,
      REDIS_PREFIX: database.name,
      JWT_SECRET: randomBytes(32).toString('hex'),
      TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      STATISTICS_LIVE_FROM: plan.liveFrom,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    const report: StatisticsReport = {
      date: new Date().toISOString(),
      command: `npm run bench:statistics -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
      machine,
      loadAverageMax,
      sizes: {
        ...counts,
        liveFrom: plan.liveFrom,
        today,
        months: plan.months,
        fiscalYears: plan.fiscalYears.length,
        seed: options.seed,
      },
      timings: { prepareMs, generateMs },
      rebuilds: [],
      firstDrain: null,
      queryCount: options.queries,
      baselineCount: Math.min(options.baselineQueries, options.queries),
      queries: [],
      floor: null,
      freshness: [],
      skipped: [],
    };
    const attempt = async (part: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        failed = true;
        const message = error instanceof Error ? error.message : String(error);
        log(`${part} failed: ${message}`);
        report.skipped.push(`${part}: failed — ${message.split('\n')[0].slice(0, 300)}`);
      }
    };

    log('starting the API…');
    api = await startApi(config);
    const running = api;
    // Before the worker starts its refresh schedule, so nothing else holds the rollup lock meanwhile.
    await attempt('full rebuild', async () => {
      for (let i = 0; i < 2; i += 1) {
        log(`full rebuild ${i + 1}/2…`);
        const outcome = await running.app.get(StatisticsRebuildService).rebuild();
        report.rebuilds.push(outcome);
        log(`  ${outcome.months} months in ${outcome.durationMs} ms`);
      }
      start = process.hrtime.bigint();
      const drained = await running.app.get(StatisticsDrainService).drain();
      report.firstDrain = { durationMs: msSince(start), changes: drained.changes };
    });

    log('starting the worker (refresh every two seconds)…');
    worker = await startWorker(config);
    const executive = new GraphqlClient(running.url);
    await executive.login('executive@kakehashi.example', DEMO_PASSWORD);
    const reference = await executive.request<{
      offices: { id: string; kind: string; regionJa: string | null }[];
    }>('{ offices { id kind regionJa } }');
    const regional = reference.offices.filter((o) => o.kind === 'REGIONAL');
    const args = queryArgs(options.queries, options.seed, {
      fiscalYears: plan.fiscalYears,
      offices: regional.map((o) => o.id),
      regions: [...new Set(regional.map((o) => o.regionJa as string))],
      today,
    });
    await attempt('dashboard queries', async () => {
      log(`dashboard queries: ${options.queries} calls each…`);
      const measured = await measureQueries({
        client: executive,
        app: running.app,
        args,
        baselineCount: report.baselineCount,
        warmUp: 10,
        log,
      });
      report.queries = measured.queries;
      report.floor = measured.floor;
    });
    await attempt('freshness', async () => {
      log(`freshness: ${options.freshnessTries} events…`);
      report.freshness = await withClient(database.url, (db) =>
        measureFreshness({
          db,
          client: executive,
          today,
          tries: options.freshnessTries,
          recordedByUserId: hqUserId,
          log,
        }),
      );
    });
    report.loadAverageMax = loadAverageMax;

    const section = renderStatisticsSection(report);
    process.stdout.write(`\n${section}\n`);
    if (write) {
      const file = options.benchmarksFile;
      writeStatisticsSection(file, section);
      log(`updated ${path.relative(process.cwd(), file) || file}`);
    } else {
      log('BENCHMARKS.md not updated (not the full size; pass --write to force)');
    }
    if (failed) process.exitCode = 1;
  } finally {
    clearInterval(loadSampler);
    await worker?.close().catch((error: unknown) => log(`closing the worker: ${String(error)}`));
    await api?.stop().catch((error: unknown) => log(`stopping the API: ${String(error)}`));
    await releaseBenchDatabase(database, options, log);
  }
}

runBench('bench:statistics', main);
