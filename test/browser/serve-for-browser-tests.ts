// The product as the browser tests meet it: the real API (serving the built page) and the worker, on a PostgreSQL
// database of its own with the reference and demo data, and on Redis under a key prefix of its own. Started by
// Playwright's webServer (apps/web/playwright.config.ts), once per port; SIGTERM stops both and drops the database.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { validateEnvironment } from '@kakehashi/config';
import { prepareDatabase } from '@kakehashi/platform';
import { createScratchDatabase, TEST_APP_ROLE } from '@kakehashi/testing';
import Redis from 'ioredis';
// The browser suite drives the real entry points, like the e2e suite.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startApi } from '../../apps/api/src/start-api';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startWorker } from '../../apps/worker/src/start-worker';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function main(): Promise<void> {
  process.env['TEST_RUN_ID'] ??= `kk_web_${randomBytes(3).toString('hex')}`;
  const scratch = await createScratchDatabase();
  await prepareDatabase(scratch.url, {
    demo: true,
    applicationRole: { name: TEST_APP_ROLE, password: null },
  });
  const appUrl = new URL(scratch.url);
  appUrl.username = TEST_APP_ROLE;
  // The browser tests start two stacks from one environment: each its own queues, never the other's jobs.
  const redisPrefix = `${process.env['TEST_RUN_ID']}_${process.env['BROWSER_TEST_PORT'] ?? '4310'}`;
  const config = validateEnvironment({
    ...process.env,
    NODE_ENV: 'test',
    PORT: process.env['BROWSER_TEST_PORT'] ?? '4310',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: appUrl.toString(),
    REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    // A national run on the demo data takes milliseconds: paced, its progress can be watched and cancelled.
    ASSIGNMENT_PACING_MS: process.env['ASSIGNMENT_PACING_MS'] ?? '700',
  });
  const api = await startApi(config);
  const worker = await startWorker(config);
  process.stdout.write(
    `Browser-test API on ${api.url} (database ${new URL(scratch.url).pathname.slice(1)})\n`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.close().catch(() => undefined);
    await api.stop().catch(() => undefined);
    await scratch.drop().catch(() => undefined);
    await dropRedisKeys(redisPrefix).catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

async function dropRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Browser-test API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
