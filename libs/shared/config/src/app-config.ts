import { createHash, randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { EnvironmentVariables, LogLevel, NodeEnv } from './environment-variables';

/**
 * The Career Talent Bank's key when none is configured outside production: derived from a public phrase, so it
 * protects nothing. It exists so development and test processes read one another's data.
 */
export const TALENT_BANK_DEVELOPMENT_KEY: Buffer = createHash('sha256')
  .update('kakehashi talent bank DEVELOPMENT key - public, never for production data')
  .digest();

/** The validated, typed configuration every app receives through DI. Built once at boot by `validateEnvironment`. */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** null: run the embedded PostgreSQL (PGlite). */
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  /**
   * The application role db:migrate creates and grants the tables to (null: none). The API and worker connect as it
   * through DATABASE_URL; they do not read this.
   */
  readonly databaseAppRole: string | null;
  readonly databaseAppRolePassword: string | null;
  readonly embeddedDbDir: string;
  /** The built web app (`npm run build:web`); served on the API's origin when its index.html exists. */
  readonly webDistDir: string;
  /** null: run jobs in-process instead of on BullMQ. */
  readonly redisUrl: string | null;
  readonly redisPrefix: string;
  readonly jwtSecret: string;
  /** True when no JWT_SECRET was given and one was generated for this process (never in production). */
  readonly jwtSecretGenerated: boolean;
  readonly jwtTtlSeconds: number;
  /** A browser's cookie session ends after this many minutes without a request… */
  readonly sessionIdleMinutes: number;
  /** …and this many hours after sign-in in any case. */
  readonly sessionAbsoluteHours: number;
  readonly logLevel: LogLevel;
  readonly graphqlMaxDepth: number;
  readonly graphqlMaxComplexity: number;
  readonly loginMaxFailures: number;
  readonly loginBlockSeconds: number;
  readonly seedDemoData: boolean;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe for the client address (rate limits, logs). */
  readonly trustProxy: boolean | number | string;
  /** When the whole-country batch assignment runs (cron, Japan time); null: never on its own. */
  readonly matchingNightlyCron: string | null;
  /** Milliseconds a batch assignment run waits after each progress report (browser tests, demos); 0 in production. */
  readonly assignmentProgressPacingMs: number;
  /**
   * When the daily catch-up of case reminders runs (cron, Japan time): it makes due the tasks whose job never fired
   * (e.g. Redis lost it). null: never.
   */
  readonly casesReminderSweepCron: string | null;
  /**
   * The cut-over month (YYYY-MM): statistics for earlier months are the Center's published figures, from this month on
   * the platform's own records. Default: the month after the last published one (January 2023).
   */
  readonly statisticsLiveFrom: string;
  /** How often the statistics rollups take in the changes recorded since (cron with seconds); null: never on its own. */
  readonly statisticsRefreshCron: string | null;
  /** AES-256-GCM key of the Career Talent Bank's encrypted personal data (32 bytes). Never log it. */
  readonly talentBankEncryptionKey: Buffer;
  /** True when no key was given and the fixed development key stands in (never in production). */
  readonly talentBankEncryptionKeyIsDevelopmentKey: boolean;
  /** Keys used before a rotation: read, never written with (outside production the development key is one). */
  readonly talentBankPreviousEncryptionKeys: Buffer[];
  readonly talentBankRetentionDays: number;
  readonly talentBankExpiryDays: number;
  /** When the daily expiry and anonymisation sweep runs (cron, Japan time); null: never on its own. */
  readonly talentBankSweepCron: string | null;

  constructor(env: EnvironmentVariables, workspaceRoot: string) {
    this.nodeEnv = env.NODE_ENV ?? 'development';
    this.port = env.PORT ?? 3000;
    this.host = env.HOST ?? '0.0.0.0';
    this.databaseUrl = env.DATABASE_URL ?? null;
    // PGlite serves one connection at a time: a larger pool would queue behind it anyway.
    this.databasePoolSize = this.databaseUrl ? (env.DATABASE_POOL_SIZE ?? 10) : 1;
    this.databaseAppRole = env.DATABASE_APP_ROLE ?? null;
    this.databaseAppRolePassword = env.DATABASE_APP_ROLE_PASSWORD ?? null;
    this.embeddedDbDir = path.resolve(workspaceRoot, env.EMBEDDED_DB_DIR ?? 'prisma/.embedded/pgdata');
    this.webDistDir = path.resolve(workspaceRoot, env.WEB_DIST_DIR ?? 'dist/apps/web');
    this.redisUrl = env.REDIS_URL ?? null;
    this.redisPrefix = env.REDIS_PREFIX ?? 'kakehashi';
    this.jwtSecretGenerated = env.JWT_SECRET === undefined;
    this.jwtSecret = env.JWT_SECRET ?? randomBytes(32).toString('hex');
    this.jwtTtlSeconds = env.JWT_TTL_SECONDS ?? 8 * 3600;
    this.sessionIdleMinutes = env.SESSION_IDLE_MINUTES ?? 30;
    this.sessionAbsoluteHours = env.SESSION_ABSOLUTE_HOURS ?? 12;
    this.logLevel = env.LOG_LEVEL ?? (this.nodeEnv === 'test' ? 'warn' : 'info');
    this.graphqlMaxDepth = env.GRAPHQL_MAX_DEPTH ?? 8;
    this.graphqlMaxComplexity = env.GRAPHQL_MAX_COMPLEXITY ?? 2000;
    this.loginMaxFailures = env.LOGIN_MAX_FAILURES ?? 5;
    this.loginBlockSeconds = env.LOGIN_BLOCK_SECONDS ?? 15 * 60;
    // Demo data is never loaded in production, whatever SEED_DEMO_DATA says.
    this.seedDemoData = this.nodeEnv !== 'production' && (env.SEED_DEMO_DATA ?? this.databaseUrl === null);
    const trust = env.TRUST_PROXY ?? 'false';
    this.trustProxy =
      trust === 'true' ? true : trust === 'false' ? false : /^\d+$/.test(trust) ? Number(trust) : trust;
    this.assignmentProgressPacingMs = env.ASSIGNMENT_PACING_MS ?? 0;
    const nightly = env.MATCHING_NIGHTLY_CRON;
    this.matchingNightlyCron =
      nightly === undefined ? '0 2 * * *' : nightly.trim() === '' ? null : nightly.trim();
    // Shortly after 09:00, the moment reminders fall due.
    const sweep = env.CASES_REMINDER_SWEEP_CRON;
    this.casesReminderSweepCron =
      sweep === undefined ? '15 9 * * *' : sweep.trim() === '' ? null : sweep.trim();
    this.statisticsLiveFrom = env.STATISTICS_LIVE_FROM ?? '2023-02';
    // Every two seconds: an event shows in the figures within five seconds of its transaction.
    const refresh = env.STATISTICS_REFRESH_CRON;
    this.statisticsRefreshCron =
      refresh === undefined ? '*/2 * * * * *' : refresh.trim() === '' ? null : refresh.trim();
    // Without a key (never in production: validation requires one) every process derives the same development key,
    // so the API, the worker and the embedded database's data agree across restarts. It is public: not for real data.
    const key = env.TALENT_BANK_ENCRYPTION_KEY;
    this.talentBankEncryptionKeyIsDevelopmentKey = key === undefined;
    this.talentBankEncryptionKey = key ? Buffer.from(key, 'base64') : TALENT_BANK_DEVELOPMENT_KEY;
    const previous: Buffer[] = (env.TALENT_BANK_PREVIOUS_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '')
      .map((k) => Buffer.from(k, 'base64'));
    // Outside production data written with the development key stays readable after a real key is set.
    if (key && this.nodeEnv !== 'production') previous.push(TALENT_BANK_DEVELOPMENT_KEY);
    this.talentBankPreviousEncryptionKeys = previous;
    this.talentBankRetentionDays = env.TALENT_BANK_RETENTION_DAYS ?? 30;
    this.talentBankExpiryDays = env.TALENT_BANK_EXPIRY_DAYS ?? 365;
    const talentSweep = env.TALENT_BANK_SWEEP_CRON;
    this.talentBankSweepCron =
      talentSweep === undefined ? '45 3 * * *' : talentSweep.trim() === '' ? null : talentSweep.trim();
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  get isDevelopment(): boolean {
    return this.nodeEnv === 'development';
  }

  get usesEmbeddedDatabase(): boolean {
    return this.databaseUrl === null;
  }

  get usesRedis(): boolean {
    return this.redisUrl !== null;
  }
}
