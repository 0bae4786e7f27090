// Creates this run's own PostgreSQL database (migrated and seeded with reference data through the real
// `db:migrate` command) and Redis key prefix, and hands them to the test workers through the environment.
// The tests connect the real way: DATABASE_URL is the application role db:migrate granted the tables to (bound by
// row-level security); DATABASE_OWNER_URL, the owner, is for the few fixtures that must change the schema or see past
// the policies.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { Client } from 'pg';
import {
  databaseUrlFor,
  newTestRunId,
  TEST_ADMIN_DATABASE_URL,
  TEST_APP_ROLE,
  TEST_REDIS_URL,
  testPoolSize,
} from './test-run';

export default async function globalSetup(
  globalConfig: { rootDir: string },
  projectConfig: { displayName?: { name: string } | string },
): Promise<void> {
  // `npm test` runs every project in one Jest process and its workers share one environment: the first project's
  // setup creates the run's database, the others reuse it.
  if (process.env['TEST_RUN_ID']) return;
  const display = projectConfig.displayName;
  const project =
    typeof display === 'string' ? display : (display?.name ?? path.basename(globalConfig.rootDir));
  const runId = newTestRunId(project);
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${runId}"`);
  } finally {
    await admin.end();
  }
  const ownerUrl = databaseUrlFor(runId);
  const workspaceRoot = path.resolve(__dirname, '../../../../..');
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'db:migrate'], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      DATABASE_URL: ownerUrl,
      DATABASE_APP_ROLE: TEST_APP_ROLE,
      DATABASE_APP_ROLE_PASSWORD: '',
      NODE_ENV: 'test',
      SEED_DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env['TEST_RUN_ID'] = runId;
  process.env['DATABASE_URL'] = databaseUrlFor(runId, TEST_APP_ROLE);
  process.env['DATABASE_OWNER_URL'] = ownerUrl;
  process.env['REDIS_URL'] = TEST_REDIS_URL;
  process.env['REDIS_PREFIX'] = runId;
  process.env['NODE_ENV'] = 'test';
  // The e2e APIs read their pool from the environment: one connection unless asked, as on the embedded default.
  process.env['DATABASE_POOL_SIZE'] = String(testPoolSize());
  // One talent-bank key for the whole run (the same the talent-bank kit derives): the files share the database, and an
  // API started by an end-to-end file lists registrants other files sealed.
  process.env['TALENT_BANK_ENCRYPTION_KEY'] = createHash('sha256')
    .update(`talent-bank-test-key:${runId}`)
    .digest('base64');
}
