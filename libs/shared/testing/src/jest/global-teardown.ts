import Redis from 'ioredis';
import { Client } from 'pg';
import { TEST_ADMIN_DATABASE_URL, TEST_REDIS_URL } from './test-run';

/** Drops this run's database and Redis keys; a failed run leaves nothing behind for the next one. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env['TEST_RUN_ID'];
  if (!runId) return;
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${runId}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${runId}:*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
