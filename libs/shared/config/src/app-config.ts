import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { EnvironmentVariables, LogLevel, NodeEnv } from './environment-variables';

/** The validated, typed configuration every app receives through DI. Built once at boot by `validateEnvironment`. */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** null: run the embedded PostgreSQL (PGlite). */
  readonly databaseUrl: string | null;
  readonly databasePoolSize: number;
  readonly embeddedDbDir: string;
  /** null: run jobs in-process instead of on BullMQ. */
  readonly redisUrl: string | null;
  readonly redisPrefix: string;
  readonly jwtSecret: string;
  /** True when no JWT_SECRET was given and one was generated for this process (never in production). */
  readonly jwtSecretGenerated: boolean;
  readonly jwtTtlSeconds: number;
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
  /**
   * When the daily catch-up of case reminders runs (cron, Japan time): it makes due the tasks whose job never fired
   * (e.g. Redis lost it). null: never.
   */
  readonly casesReminderSweepCron: string | null;

  constructor(env: EnvironmentVariables, workspaceRoot: string) {
    this.nodeEnv = env.NODE_ENV ?? 'development';
    this.port = env.PORT ?? 3000;
    this.host = env.HOST ?? '0.0.0.0';
    this.databaseUrl = env.DATABASE_URL ?? null;
    // PGlite serves one connection at a time: a larger pool would queue behind it anyway.
    this.databasePoolSize = this.databaseUrl ? (env.DATABASE_POOL_SIZE ?? 10) : 1;
    this.embeddedDbDir = path.resolve(workspaceRoot, env.EMBEDDED_DB_DIR ?? 'prisma/.embedded/pgdata');
    this.redisUrl = env.REDIS_URL ?? null;
    this.redisPrefix = env.REDIS_PREFIX ?? 'kakehashi';
    this.jwtSecretGenerated = env.JWT_SECRET === undefined;
    this.jwtSecret = env.JWT_SECRET ?? randomBytes(32).toString('hex');
    this.jwtTtlSeconds = env.JWT_TTL_SECONDS ?? 8 * 3600;
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
    const nightly = env.MATCHING_NIGHTLY_CRON;
    this.matchingNightlyCron =
      nightly === undefined ? '0 2 * * *' : nightly.trim() === '' ? null : nightly.trim();
    // Shortly after 09:00, the moment reminders fall due.
    const sweep = env.CASES_REMINDER_SWEEP_CRON;
    this.casesReminderSweepCron =
      sweep === undefined ? '15 9 * * *' : sweep.trim() === '' ? null : sweep.trim();
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
