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
      {
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        TALENT_BANK_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
        SEED_DEMO_DATA: 'true',
      },
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

  it('ends browser sessions after 30 idle minutes or 12 hours by default, and refuses limits that cannot apply', () => {
    const defaults = validateEnvironment({}, '/r');
    expect([defaults.sessionIdleMinutes, defaults.sessionAbsoluteHours]).toEqual([30, 12]);
    const set = validateEnvironment({ SESSION_IDLE_MINUTES: '120', SESSION_ABSOLUTE_HOURS: '2' }, '/r');
    expect([set.sessionIdleMinutes, set.sessionAbsoluteHours]).toEqual([120, 2]);
    expect(() => validateEnvironment({ SESSION_IDLE_MINUTES: '0' }, '/r')).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => validateEnvironment({ SESSION_ABSOLUTE_HOURS: '1000' }, '/r')).toThrow(
      /SESSION_ABSOLUTE_HOURS/,
    );
    // Idle longer than the absolute limit would never apply: named, with the rule.
    expect(() =>
      validateEnvironment({ SESSION_IDLE_MINUTES: '121', SESSION_ABSOLUTE_HOURS: '2' }, '/r'),
    ).toThrow(/SESSION_IDLE_MINUTES: must not exceed SESSION_ABSOLUTE_HOURS/);
    expect(() => validateEnvironment({ SESSION_IDLE_MINUTES: '721' }, '/r')).toThrow(/SESSION_IDLE_MINUTES/);
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

  it('paces assignment runs only when asked to, within 0–5000 ms', () => {
    expect(validateEnvironment({}, '/r').assignmentProgressPacingMs).toBe(0);
    expect(validateEnvironment({ ASSIGNMENT_PACING_MS: '400' }, '/r').assignmentProgressPacingMs).toBe(400);
    expect(() => validateEnvironment({ ASSIGNMENT_PACING_MS: '9000' }, '/r')).toThrow(/ASSIGNMENT_PACING_MS/);
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

  it('takes the application role db:migrate grants the tables to, and refuses a name that is not a plain identifier', () => {
    const config = validateEnvironment(
      { DATABASE_APP_ROLE: 'kakehashi_app', DATABASE_APP_ROLE_PASSWORD: 'a-long-app-password' },
      '/r',
    );
    expect(config.databaseAppRole).toBe('kakehashi_app');
    expect(config.databaseAppRolePassword).toBe('a-long-app-password');
    expect(validateEnvironment({}, '/r').databaseAppRole).toBeNull();
    expect(validateEnvironment({ DATABASE_APP_ROLE: '' }, '/r').databaseAppRole).toBeNull();
    for (const bad of ['Kakehashi', 'app-role', '1app', 'app"; DROP ROLE postgres; --', 'a'.repeat(64)]) {
      expect(() => validateEnvironment({ DATABASE_APP_ROLE: bad }, '/r')).toThrow(
        /DATABASE_APP_ROLE: must be a lower-case SQL identifier/,
      );
    }
    expect(validateEnvironment({ DATABASE_APP_ROLE: 'a'.repeat(63) }, '/r').databaseAppRole).toHaveLength(63);
  });

  it('refuses a password for the application role without the role, and never shows it', () => {
    expect(() => validateEnvironment({ DATABASE_APP_ROLE_PASSWORD: 'a-long-app-password' }, '/r')).toThrow(
      /DATABASE_APP_ROLE_PASSWORD: needs DATABASE_APP_ROLE \(the role it is the password of\) \(got \(hidden\)\)/,
    );
    expect(() =>
      validateEnvironment({ DATABASE_APP_ROLE: 'kakehashi_app', DATABASE_APP_ROLE_PASSWORD: 'short' }, '/r'),
    ).toThrow(/DATABASE_APP_ROLE_PASSWORD: must be at least 12 characters \(got \(hidden\)\)/);
  });

  it('reads the statistics cut-over month and refresh schedule, with defaults', () => {
    const defaults = validateEnvironment({}, '/r');
    expect(defaults.statisticsLiveFrom).toBe('2023-02');
    expect(defaults.statisticsRefreshCron).toBe('*/2 * * * * *');
    const set = validateEnvironment({ STATISTICS_LIVE_FROM: '2024-04', STATISTICS_REFRESH_CRON: '' }, '/r');
    expect(set.statisticsLiveFrom).toBe('2024-04');
    expect(set.statisticsRefreshCron).toBeNull();
    for (const bad of ['2023-13', '2023-2', '2023/02', 'soon']) {
      expect(() => validateEnvironment({ STATISTICS_LIVE_FROM: bad }, '/r')).toThrow(
        /STATISTICS_LIVE_FROM: must be a month written YYYY-MM/,
      );
    }
    expect(() => validateEnvironment({ STATISTICS_REFRESH_CRON: 'every second' }, '/r')).toThrow(
      /STATISTICS_REFRESH_CRON: must be a cron pattern/,
    );
  });

  it('keeps talent bank data 30 days after a registration ends, expires it after 365 days without contact, sweeps at 03:45', () => {
    const config = validateEnvironment({}, '/r');
    expect(config.talentBankRetentionDays).toBe(30);
    expect(config.talentBankExpiryDays).toBe(365);
    expect(config.talentBankSweepCron).toBe('45 3 * * *');
    expect(config.talentBankEncryptionKeyIsDevelopmentKey).toBe(true);
    const set = validateEnvironment(
      { TALENT_BANK_RETENTION_DAYS: '0', TALENT_BANK_EXPIRY_DAYS: '180', TALENT_BANK_SWEEP_CRON: '' },
      '/r',
    );
    expect([set.talentBankRetentionDays, set.talentBankExpiryDays, set.talentBankSweepCron]).toEqual([
      0,
      180,
      null,
    ]);
    expect(() => validateEnvironment({ TALENT_BANK_EXPIRY_DAYS: '7' }, '/r')).toThrow(
      /TALENT_BANK_EXPIRY_DAYS/,
    );
    expect(() => validateEnvironment({ TALENT_BANK_PREVIOUS_KEYS: 'not-a-key' }, '/r')).toThrow(
      /TALENT_BANK_PREVIOUS_KEYS: must be a comma-separated list of 32-byte keys in base64 \(got \(hidden\)\)/,
    );
  });
});
