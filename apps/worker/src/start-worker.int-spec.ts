import { validateEnvironment } from '@kakehashi/config';
import { LiveMatchIndex } from '@kakehashi/matching';
import { TEST_APP_ROLE } from '@kakehashi/testing';
import { randomBytes } from 'node:crypto';
import { runWorker } from './__tests__/run-worker';
import { startWorker } from './start-worker';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the Jest global setup`);
  return value;
}

/** The worker in production on the test run's PostgreSQL (as `databaseUrl`) and Redis. */
function productionWorker(databaseUrl: string) {
  return runWorker({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: requiredEnv('REDIS_URL'),
    REDIS_PREFIX: `${requiredEnv('REDIS_PREFIX')}:start-worker`,
    JWT_SECRET: 'x'.repeat(40),
    // Production requires the Career Talent Bank's key too.
    TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MATCHING_NIGHTLY_CRON: '',
    CASES_REMINDER_SWEEP_CRON: '',
    LOG_LEVEL: 'info',
  });
}

describe('apps/worker and row-level security (with PostgreSQL and Redis)', () => {
  it('starts in production as the application role and logs that the policies are enforced', async () => {
    const worker = productionWorker(requiredEnv('DATABASE_URL'));
    try {
      await worker.waitForOutput(/Kakehashi worker started/, 60_000);
      const started = worker
        .output()
        .stdout.split('\n')
        .find((line) => line.includes('Kakehashi worker started'))!;
      expect(JSON.parse(started)).toMatchObject({ rowLevelSecurity: `enforced (role ${TEST_APP_ROLE})` });
      worker.kill('SIGTERM');
      await expect(worker.exited).resolves.toBe('SIGTERM');
    } finally {
      worker.kill('SIGKILL');
    }
  }, 90_000);

  it('refuses to start in production as the tables’ owner, naming DATABASE_APP_ROLE', async () => {
    const worker = productionWorker(requiredEnv('DATABASE_OWNER_URL'));
    try {
      await expect(worker.exited).resolves.toBe(1);
      const { stdout, stderr } = worker.output();
      expect(stderr).toMatch(
        /^Kakehashi worker cannot start\. 行レベルセキュリティが有効になりません。The worker refuses to start in production: row-level security does not bind its database role \w+ \(the role is a superuser\)\. Run db:migrate as the table owner with DATABASE_APP_ROLE=<role>/,
      );
      expect(stdout).not.toContain('Kakehashi worker started');
    } finally {
      worker.kill('SIGKILL');
    }
  }, 90_000);

  it('holds no match index: only the API ranks (batch assignment reads its own profiles)', async () => {
    const worker = await startWorker(
      validateEnvironment({
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: requiredEnv('DATABASE_URL'),
        REDIS_URL: requiredEnv('REDIS_URL'),
        REDIS_PREFIX: `${requiredEnv('REDIS_PREFIX')}:no-index`,
        MATCHING_NIGHTLY_CRON: '',
        CASES_REMINDER_SWEEP_CRON: '',
        LOG_LEVEL: 'warn',
      }),
    );
    try {
      expect(() => worker.get(LiveMatchIndex, { strict: false })).toThrow();
    } finally {
      await worker.close();
    }
  }, 90_000);
});
