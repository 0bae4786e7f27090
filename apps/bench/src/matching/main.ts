import 'reflect-metadata';
// `npm run bench:matching [-- --sending 2000 --receiving 15000 --queries 30]`: generates deterministic national data
// into a fresh database, then measures on it (1) the top-20 matching queries through the API beside the exhaustive
// baseline and a bare PostgreSQL skill-overlap query, and (2) whole-country batch assignment in the worker. Progress
// goes to stderr, the result table to stdout, and at full size the "Matching" section of BENCHMARKS.md.
import { todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { Command, InvalidArgumentError } from 'commander';
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDatabaseOptions, positiveInteger, runBench } from './support/cli';
import { generateNationalData } from './generator/generate-national-data';
import { Random } from './generator/random';
import {
  createBenchDatabase,
  releaseBenchDatabase,
  prepareBenchDatabase,
  readReference,
  withClient,
} from './load/bench-database';
import { bulkLoad } from './load/bulk-load';
import { measureApiLatency } from './measure/api-latency';
import { residentMemory, waitForReadyReplica } from './measure/api-replica';
import { measureBatchAssignment } from './measure/batch-assignment';
import { measureExhaustiveBaseline } from './measure/exhaustive-baseline';
import { measurePostgresReference } from './measure/postgres-reference';
import { renderMatchingSection, writeMatchingSection, type MatchingReport } from './report/matching-report';
import { freePort, startNodeApp, type Child } from './support/child';
import { GraphqlClient } from './support/graphql';
import { machineInfo } from './support/machine';
import { msSince } from './support/stats';

const FULL = { sending: 20_000, receiving: 150_000, queries: 300 };
const FIRST = 20;

interface Options {
  sending: number;
  receiving: number;
  queries: number;
  seed: number;
  today: string;
  keep: boolean;
  api: boolean;
  batch: boolean;
  write?: boolean;
  benchmarksFile: string;
  adminUrl: string;
  redisUrl: string;
}

function parseOptions(argv: string[]): Options {
  const program = new Command('bench:matching')
    .description('Matching benchmark on generated national data')
    .option('--sending <n>', 'open sending offers', positiveInteger, FULL.sending)
    .option('--receiving <n>', 'open receiving offers', positiveInteger, FULL.receiving)
    .option('--queries <n>', 'offers queried per side', positiveInteger, FULL.queries)
    .option('--seed <n>', 'generator seed', positiveInteger, 2021)
    .option('--today <date>', 'the date generated offers are spread around (YYYY-MM-DD)', todayInJapan())
    .option('--no-api', 'skip the API latency and exhaustive baseline')
    .option('--no-batch', 'skip batch assignment');
  addDatabaseOptions(program, 'Redis for the API and worker');
  program.parse(argv);
  const options = program.opts<Options>();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today))
    throw new InvalidArgumentError('--today must be YYYY-MM-DD');
  return options;
}

const log = (line: string) => process.stderr.write(`[bench:matching] ${line}\n`);

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const fullSize = options.sending >= FULL.sending && options.receiving >= FULL.receiving;
  const write = options.write ?? fullSize;
  let loadAverageMax = os.loadavg()[0];
  const loadSampler = setInterval(() => (loadAverageMax = Math.max(loadAverageMax, os.loadavg()[0])), 5_000);
  const children: Child[] = [];
  let failed = false;
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.name}`);
  try {
    let start = process.hrtime.bigint();
    await prepareBenchDatabase(database);
    const prepareMs = msSince(start);
    const report = await withClient(database.url, async (client) => {
      const machine = await machineInfo(client);
      const reference = await readReference(client);
      if (reference.skills.length === 0)
        log('warning: the skills dictionary is empty; every skill is free text');
      start = process.hrtime.bigint();
      const data = generateNationalData({
        seed: options.seed,
        sending: options.sending,
        receiving: options.receiving,
        today: options.today,
        prefectures: reference.prefectures,
        skills: reference.skills,
      });
      const generateMs = msSince(start);
      log(
        `generated ${data.companies.length} companies, ${data.sending.length} sending, ${data.receiving.length} receiving offers in ${generateMs.toFixed(0)} ms (seed ${options.seed}, today ${options.today})`,
      );
      start = process.hrtime.bigint();
      let lastLogged = 0;
      await bulkLoad(client, data, (table, done, total) => {
        if (done === total || Date.now() - lastLogged > 5_000) {
          log(`  ${table} ${done}/${total}`);
          lastLogged = Date.now();
        }
      });
      const loadMs = msSince(start);
      // What the API and the worker will see: the generated offers plus the demo seed's few.
      const counts = await client.query<{ companies: number; sending: number; receiving: number }>(
        `SELECT (SELECT count(*) FROM "companies")::int AS "companies",
                (SELECT count(*) FROM "sending_offers" WHERE "status" <> 'CLOSED' AND "people_available" > 0)::int AS "sending",
                (SELECT count(*) FROM "receiving_offers" WHERE "status" <> 'CLOSED' AND "people_remaining" > 0)::int AS "receiving"`,
      );
      log(`loaded in ${(loadMs / 1000).toFixed(1)} s: ${JSON.stringify(counts.rows[0])} in the database`);

      const picker = new Random(options.seed, 'queries');
      const sendingIds = picker.sample(
        data.sending.map((o) => o.id),
        options.queries,
      );
      const receivingIds = picker.sample(
        data.receiving.map((o) => o.id),
        options.queries,
      );
      const result: MatchingReport = {
        date: new Date().toISOString(),
        command: `npm run bench:matching -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
        machine,
        loadAverageMax,
        sizes: {
          ...counts.rows[0],
          queries: options.queries,
          seed: options.seed,
          today: options.today,
        },
        timings: { generateMs, prepareMs, loadMs },
        postgres: null,
        replica: null,
        api: null,
        baseline: null,
        batch: null,
        skipped: [],
      };

      log('PostgreSQL skill-overlap reference…');
      result.postgres = await measurePostgresReference(client, sendingIds);

      const env = {
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        // Production requires the Career Talent Bank's key too.
        TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        // The production path: the API refuses a role row-level security does not bind (the owner is a superuser).
        DATABASE_URL: database.appUrl,
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: database.name,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      };
      // A part that fails is reported as such; the others still run and the report is still printed.
      const attempt = async (part: string, work: () => Promise<void>) => {
        try {
          await work();
        } catch (error) {
          failed = true;
          const message = error instanceof Error ? error.message : String(error);
          log(`${part} failed: ${message}`);
          result.skipped.push(`${part}: failed — ${message.split('\n')[0].slice(0, 300)}`);
        }
      };
      if (options.api || options.batch) {
        const port = await freePort();
        log(`starting the API on port ${port}…`);
        const spawnedAt = process.hrtime.bigint();
        const api = startNodeApp('apps/api/src/main.ts', { ...env, PORT: String(port) });
        children.push(api);
        await api.waitFor(/Kakehashi API: /, 180_000);
        const listeningMs = msSince(spawnedAt);
        const baseUrl = `http://127.0.0.1:${port}`;
        const replica = await waitForReadyReplica(baseUrl, api, spawnedAt, listeningMs, 180_000);
        result.replica = replica;
        log(
          `API listening after ${listeningMs.toFixed(0)} ms, index loaded in ${replica.indexLoadMs} ms, ready after ` +
            `${replica.readyMs.toFixed(0)} ms; ${replica.whenReady.currentMiB.toFixed(0)} MiB resident`,
        );
        if (options.api) {
          await attempt('API latency and the exhaustive baseline', async () => {
            const consultant = new GraphqlClient(baseUrl);
            await consultant.login('consultant@kakehashi.example', DEMO_PASSWORD);
            log(`API latency: ${options.queries} offers per side…`);
            const latency = await measureApiLatency(consultant, sendingIds, receivingIds, FIRST, log);
            result.api = latency;
            replica.afterQueries = residentMemory(api);
            log('exhaustive baseline…');
            result.baseline = await measureExhaustiveBaseline(
              database.url,
              sendingIds,
              receivingIds,
              FIRST,
              { sending: latency.sending.results, receiving: latency.receiving.results },
              log,
            );
          });
        } else {
          result.skipped.push('API latency and the exhaustive baseline (--no-api)');
        }
        if (options.batch) {
          await attempt('batch assignment', async () => {
            log('starting the worker…');
            const worker = startNodeApp('apps/worker/src/main.ts', env);
            children.push(worker);
            await worker.waitFor(/Kakehashi worker started/, 180_000);
            const coordinator = new GraphqlClient(baseUrl);
            await coordinator.login('hq@kakehashi.example', DEMO_PASSWORD);
            log('whole-country batch assignment…');
            result.batch = await measureBatchAssignment(coordinator, worker, 15 * 60_000, log);
          });
        } else {
          result.skipped.push('batch assignment (--no-batch)');
        }
      } else {
        result.skipped.push(
          'API latency, the exhaustive baseline and batch assignment (--no-api --no-batch)',
        );
      }
      result.loadAverageMax = loadAverageMax;
      return result;
    });

    const section = renderMatchingSection(report);
    process.stdout.write(`\n${section}\n`);
    if (write) {
      const file = options.benchmarksFile;
      writeMatchingSection(file, section);
      log(`updated ${path.relative(process.cwd(), file) || file}`);
    } else {
      log('BENCHMARKS.md not updated (not the full size; pass --write to force)');
    }
    if (failed) process.exitCode = 1;
  } finally {
    clearInterval(loadSampler);
    for (const child of children.reverse()) await child.kill();
    await releaseBenchDatabase(database, options, log);
  }
}

runBench('bench:matching', main);
