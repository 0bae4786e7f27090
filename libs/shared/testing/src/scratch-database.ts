import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrlFor, TEST_ADMIN_DATABASE_URL } from './jest/test-run';

/** An empty database of its own, for tests that must migrate, revert or drop things without disturbing others. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${process.env['TEST_RUN_ID'] ?? 'kk_scratch'}_${randomBytes(3).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  return {
    url: databaseUrlFor(name),
    drop: () =>
      withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
