import { validateEnvironment } from '@kakehashi/config';
import { withDataSource } from '@kakehashi/database';
import { LiveMatchIndex } from '@kakehashi/matching';
import { prepareDatabase, seedDemo } from '@kakehashi/platform';
import { createScratchDatabase, TEST_APP_ROLE } from '@kakehashi/testing';
import { DataSource, type Logger as TypeormLogger } from 'typeorm';
// The e2e suite drives the real application entry point; it is the one place allowed to import an app.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { printApiSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/print-schema';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startApi, type RunningApi } from '../../apps/api/src/start-api';

export { printApiSchema, SCHEMA_FILE, type RunningApi };

/** A directory that never holds a web build. */
export const NO_WEB_BUILD = '/nonexistent/kakehashi-web-build';

/** The API on this run's database (from global setup) and Redis, on a free port, with the demo data loaded. */
export async function startTestApi(
  env: Record<string, string | undefined> = {},
  options: Parameters<typeof startApi>[1] = {},
): Promise<RunningApi> {
  // Each API instance gets its own Redis key space inside the run's, so rate limits and queues of parallel test
  // files never meet.
  const redisPrefix = `${process.env['REDIS_PREFIX']}:${Math.random().toString(36).slice(2, 8)}`;
  const config = validateEnvironment({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    REDIS_PREFIX: redisPrefix,
    // The API under test serves no page unless a test gives it one: a web build left in dist/ must not change answers.
    WEB_DIST_DIR: NO_WEB_BUILD,
    ...env,
  });
  if (!config.databaseUrl)
    throw new Error('DATABASE_URL is not set: run the e2e suite through its Jest global setup.');
  await withDataSource(config.databaseUrl, seedDemo);
  return matchIndexLoaded(await startApi(config, options));
}

/**
 * The API once its match index has loaded (it loads in the background from start, and /health answers 503 until
 * then): tests see the API as an orchestrator would route traffic to it.
 */
async function matchIndexLoaded<A extends RunningApi>(api: A): Promise<A> {
  const index = api.app.get(LiveMatchIndex);
  const deadline = Date.now() + 60_000;
  while (index.status().state !== 'ready') {
    if (Date.now() > deadline) throw new Error(`match index not loaded: ${JSON.stringify(index.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return api;
}

/** Counts the SQL statements the API sends, to prove relations load without N+1 queries. */
export function countQueries(api: RunningApi): { reset(): void; readonly count: number; stop(): void } {
  const dataSource = api.app.get(DataSource);
  const original = dataSource.logger;
  let count = 0;
  const counting: TypeormLogger = {
    logQuery: (...args) => {
      count += 1;
      return original.logQuery(...args);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true });
  return {
    reset: () => (count = 0),
    get count() {
      return count;
    },
    stop: () => Object.defineProperty(dataSource, 'logger', { value: original, configurable: true }),
  };
}

/**
 * The fewest statements one run of `work` costs over `tries` runs. The counter sees every statement of the API's
 * connection, a background job's too (the statistics drain runs every two seconds); such noise only ever adds, while
 * a statement per row would show in every run.
 */
export async function fewestStatements(
  api: RunningApi,
  work: () => Promise<void>,
  tries = 3,
): Promise<number> {
  const counter = countQueries(api);
  const counts: number[] = [];
  try {
    for (let attempt = 0; attempt < tries; attempt += 1) {
      counter.reset();
      await work();
      counts.push(counter.count);
    }
  } finally {
    counter.stop();
  }
  return Math.min(...counts);
}

/**
 * The API on a database of its own (migrated, with the reference and demo data), for tests whose writes must not
 * meet the other files' (the fuzz writes whatever the schema accepts). `stop` drops the database.
 */
export interface IsolatedApi extends RunningApi {
  /** The database's owner, which row-level security does not bind: for fixtures that read past the policies. */
  ownerUrl: string;
}

export async function startIsolatedTestApi(
  env: Record<string, string | undefined> = {},
): Promise<IsolatedApi> {
  const scratch = await createScratchDatabase();
  await prepareDatabase(scratch.url, {
    demo: true,
    applicationRole: { name: TEST_APP_ROLE, password: null },
  });
  const appUrl = new URL(scratch.url);
  appUrl.username = TEST_APP_ROLE;
  const api = await startApi(
    validateEnvironment({
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      REDIS_PREFIX: `${process.env['REDIS_PREFIX']}:${Math.random().toString(36).slice(2, 8)}`,
      DATABASE_URL: appUrl.toString(),
      WEB_DIST_DIR: NO_WEB_BUILD,
      ...env,
    }),
  ).then(matchIndexLoaded);
  return {
    ...api,
    ownerUrl: scratch.url,
    async stop() {
      await api.stop();
      await scratch.drop();
    },
  };
}
