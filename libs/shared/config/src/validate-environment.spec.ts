import { ConfigValidationError, validateEnvironment } from './validate-environment';

describe('validateEnvironment', () => {
  it('applies defaults: embedded database, in-process jobs, port 3000, demo data on', () => {
    const config = validateEnvironment({}, '/repo');
    expect(config.port).toBe(3000);
    expect(config.usesEmbeddedDatabase).toBe(true);
    expect(config.usesRedis).toBe(false);
    expect(config.databasePoolSize).toBe(1);
    expect(config.embeddedDbDir).toBe('/repo/prisma/.embedded/pgdata');
    expect(config.seedDemoData).toBe(true);
    expect(config.jwtSecretGenerated).toBe(true);
  });

  it('uses real services when their URLs are given', () => {
    const config = validateEnvironment(
      {
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/k',
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: '8080',
      },
      '/repo',
    );
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/k');
    expect(config.databasePoolSize).toBe(10);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(8080);
    expect(config.seedDemoData).toBe(false);
  });

  it('names every bad variable in one error', () => {
    let caught: unknown;
    try {
      validateEnvironment(
        { PORT: 'abc', DATABASE_URL: 'mysql://x', REDIS_URL: 'http://x', LOG_LEVEL: 'loud' },
        '/r',
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const problems = (caught as ConfigValidationError).problems.map((p) => p.variable).sort();
    expect(problems).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'REDIS_URL']);
    expect((caught as Error).message).toContain('PORT');
    expect((caught as Error).message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('requires a long JWT_SECRET in production and never seeds demo data there', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' }, '/r')).toThrow(
      /JWT_SECRET: .*is required in production/,
    );
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'short' }, '/r')).toThrow(
      /JWT_SECRET: must be at least 32 characters \(got \(hidden\)\)/,
    );
    const config = validateEnvironment(
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO_DATA: 'true' },
      '/r',
    );
    expect(config.seedDemoData).toBe(false);
  });

  it('reads TRUST_PROXY as a boolean, hop count or address list', () => {
    expect(validateEnvironment({}, '/r').trustProxy).toBe(false);
    expect(validateEnvironment({ TRUST_PROXY: '1' }, '/r').trustProxy).toBe(1);
    expect(validateEnvironment({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, '/r').trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => validateEnvironment({ TRUST_PROXY: 'everyone' }, '/r')).toThrow(/TRUST_PROXY/);
  });

  it('rejects a boolean that is not true/false/1/0', () => {
    expect(() => validateEnvironment({ SEED_DEMO_DATA: 'yes' }, '/r')).toThrow(/SEED_DEMO_DATA/);
  });

  it('runs the nightly assignment at 02:00 by default, on the cron given, and never when it is set empty', () => {
    expect(validateEnvironment({}, '/r').matchingNightlyCron).toBe('0 2 * * *');
    expect(validateEnvironment({ MATCHING_NIGHTLY_CRON: '30 3 * * 1-5' }, '/r').matchingNightlyCron).toBe(
      '30 3 * * 1-5',
    );
    expect(validateEnvironment({ MATCHING_NIGHTLY_CRON: '' }, '/r').matchingNightlyCron).toBeNull();
    expect(validateEnvironment({ MATCHING_NIGHTLY_CRON: '  ' }, '/r').matchingNightlyCron).toBeNull();
  });

  it('sweeps case reminders at 09:15 by default, on the cron given, and never when it is set empty', () => {
    expect(validateEnvironment({}, '/r').casesReminderSweepCron).toBe('15 9 * * *');
    expect(
      validateEnvironment({ CASES_REMINDER_SWEEP_CRON: '0 10 * * *' }, '/r').casesReminderSweepCron,
    ).toBe('0 10 * * *');
    expect(validateEnvironment({ CASES_REMINDER_SWEEP_CRON: ' ' }, '/r').casesReminderSweepCron).toBeNull();
    expect(() => validateEnvironment({ CASES_REMINDER_SWEEP_CRON: 'daily' }, '/r')).toThrow(
      /CASES_REMINDER_SWEEP_CRON: must be a cron pattern/,
    );
  });

  it('refuses a nightly schedule that is not a cron pattern', () => {
    expect(() => validateEnvironment({ MATCHING_NIGHTLY_CRON: '0 25 * * *' }, '/r')).toThrow(
      /MATCHING_NIGHTLY_CRON: must be a cron pattern/,
    );
    expect(() => validateEnvironment({ MATCHING_NIGHTLY_CRON: 'nightly' }, '/r')).toThrow(
      /MATCHING_NIGHTLY_CRON/,
    );
  });
});
