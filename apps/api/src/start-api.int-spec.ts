import { validateEnvironment } from '@kakehashi/config';
import { RowLevelSecurityNotEnforcedError } from '@kakehashi/database';
import { TEST_APP_ROLE, testPoolSize } from '@kakehashi/testing';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { startApi } from './start-api';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the Jest global setup`);
  return value;
}

/** A production configuration on the test run's PostgreSQL and Redis, connecting as `databaseUrl`. */
function productionConfig(databaseUrl: string) {
  return validateEnvironment(
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(testPoolSize()),
      REDIS_URL: requiredEnv('REDIS_URL'),
      REDIS_PREFIX: `${requiredEnv('REDIS_PREFIX')}:start-api`,
      JWT_SECRET: 'x'.repeat(40),
      // Production requires the Career Talent Bank's key too.
      TALENT_BANK_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'silent',
      MATCHING_NIGHTLY_CRON: '',
      CASES_REMINDER_SWEEP_CRON: '',
    },
    process.cwd(),
  );
}

describe('startApi and row-level security', () => {
  it('starts in production as the application role and says the policies are enforced', async () => {
    const api = await startApi(productionConfig(requiredEnv('DATABASE_URL')), { listen: false });
    try {
      expect(api.mode.rowLevelSecurity).toBe(`enforced (role ${TEST_APP_ROLE})`);
      // Idle keep-alive connections are kept longer than clients and load balancers keep theirs (60 s), so a reused
      // connection is never closed under a request (ECONNRESET).
      const server = api.app.getHttpServer() as Server;
      expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
      expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    } finally {
      await api.stop();
    }
  });

  it('refuses to start in production as the tables’ owner, naming DATABASE_APP_ROLE and the README', async () => {
    const start = startApi(productionConfig(requiredEnv('DATABASE_OWNER_URL')), { listen: false });
    await expect(start).rejects.toThrow(RowLevelSecurityNotEnforcedError);
    await expect(start).rejects.toThrow(
      /The API refuses to start in production: row-level security does not bind its database role \w+ \(the role is a superuser\)\. Run db:migrate as the table owner with DATABASE_APP_ROLE=<role>.*README "Row-level security"/,
    );
  });

  it('starts outside production as the owner, saying the policies are not enforced and why', async () => {
    const config = validateEnvironment(
      {
        NODE_ENV: 'test',
        DATABASE_URL: requiredEnv('DATABASE_OWNER_URL'),
        DATABASE_POOL_SIZE: String(testPoolSize()),
        REDIS_URL: requiredEnv('REDIS_URL'),
        REDIS_PREFIX: `${requiredEnv('REDIS_PREFIX')}:start-api`,
        LOG_LEVEL: 'silent',
        MATCHING_NIGHTLY_CRON: '',
        CASES_REMINDER_SWEEP_CRON: '',
      },
      process.cwd(),
    );
    const api = await startApi(config, { listen: false });
    try {
      expect(api.mode.rowLevelSecurity).toMatch(
        /^NOT enforced: the role is a superuser \(role \w+\): connect as the role db:migrate makes with DATABASE_APP_ROLE/,
      );
    } finally {
      await api.stop();
    }
  });
});
