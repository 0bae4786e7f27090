import { Transform } from 'class-transformer';
import { parseExpression } from 'cron-parser';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const v = String(value).toLowerCase();
  return v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** A cron pattern the job queue accepts (the parser BullMQ uses), read in Japan time. */
function IsCronPattern(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCronPattern',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            parseExpression(value, { tz: 'Asia/Tokyo' }).next();
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () =>
          'must be a cron pattern (5 fields, or 6 with seconds first, e.g. "0 2 * * *"), or empty to disable',
      },
    },
    options,
  );
}

/**
 * Every environment variable the applications read, with its rule. Documented one by one in README.md;
 * `validateEnvironment` checks them all at once so a bad start names every problem, not just the first.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV?: NodeEnv;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  HOST?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE?: number;

  /**
   * The role the API and worker connect as, which db:migrate (run as the owner) creates and grants the tables to:
   * row-level security binds it because it owns nothing and has neither SUPERUSER nor BYPASSRLS.
   */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, {
    message: 'must be a lower-case SQL identifier: a letter or "_", then up to 62 letters, digits or "_"',
  })
  DATABASE_APP_ROLE?: string;

  /** Set by db:migrate as that role's password (for password authentication); needs DATABASE_APP_ROLE. */
  @ValidateIf((env: EnvironmentVariables) => env.DATABASE_APP_ROLE_PASSWORD !== undefined)
  @Transform(emptyToUndefined)
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  @ValidateBy({
    name: 'needsAppRole',
    validator: {
      validate: (_value: unknown, args) =>
        (args?.object as EnvironmentVariables).DATABASE_APP_ROLE !== undefined,
      defaultMessage: () => 'needs DATABASE_APP_ROLE (the role it is the password of)',
    },
  })
  DATABASE_APP_ROLE_PASSWORD?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  EMBEDDED_DB_DIR?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9:_-]{1,64}$/, {
    message: 'must be 1-64 characters of letters, digits, ":", "_" or "-"',
  })
  REDIS_PREFIX?: string;

  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @Transform(emptyToUndefined)
  @IsString({ message: 'is required in production' })
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS?: number;

  /** Minutes a browser's cookie session lasts without a request; each request (at most once a minute) extends it. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  @ValidateBy({
    name: 'notBeyondAbsolute',
    validator: {
      // An idle limit longer than the absolute one would never apply.
      validate: (value: unknown, args) => {
        const hours = (args?.object as EnvironmentVariables).SESSION_ABSOLUTE_HOURS;
        return typeof value !== 'number' || value <= (typeof hours === 'number' ? hours : 12) * 60;
      },
      defaultMessage: () => 'must not exceed SESSION_ABSOLUTE_HOURS (default 12) in minutes',
    },
  })
  SESSION_IDLE_MINUTES?: number;

  /** Hours after sign-in at which a browser's cookie session ends, however active. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24)
  SESSION_ABSOLUTE_HOURS?: number;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  GRAPHQL_MAX_DEPTH?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(100000)
  GRAPHQL_MAX_COMPLEXITY?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_BLOCK_SECONDS?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(
    /^(true|false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*)$/,
    {
      message: 'must be true, false, a hop count, or a comma-separated list of proxy addresses/subnets',
    },
  )
  TRUST_PROXY?: string;

  /** Empty (set but blank) disables the nightly run; unset keeps the default. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.MATCHING_NIGHTLY_CRON !== undefined && env.MATCHING_NIGHTLY_CRON.trim() !== '',
  )
  @IsCronPattern()
  MATCHING_NIGHTLY_CRON?: string;

  /**
   * Milliseconds a batch assignment run waits after each progress report (default 0). For browser tests and demos,
   * so that a small run's progress can be watched and cancelled; leave unset in production.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(5000)
  ASSIGNMENT_PACING_MS?: number;

  /** Empty (set but blank) disables the daily catch-up of case reminders; unset keeps the default. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.CASES_REMINDER_SWEEP_CRON !== undefined && env.CASES_REMINDER_SWEEP_CRON.trim() !== '',
  )
  @IsCronPattern()
  CASES_REMINDER_SWEEP_CRON?: string;

  /** The first month the statistics count from the platform's own records (earlier months: the published figures). */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM (e.g. 2023-02)' })
  STATISTICS_LIVE_FROM?: string;

  /** Empty (set but blank) stops the statistics refresh (the rollups then wait for a rebuild); unset keeps the default. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.STATISTICS_REFRESH_CRON !== undefined && env.STATISTICS_REFRESH_CRON.trim() !== '',
  )
  @IsCronPattern()
  STATISTICS_REFRESH_CRON?: string;

  /**
   * The Career Talent Bank's AES-256-GCM key for registrants' contact details and dates of birth: 32 random bytes in
   * base64 (`openssl rand -base64 32`). Required in production; elsewhere a fixed development key stands in.
   */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.NODE_ENV === 'production' || env.TALENT_BANK_ENCRYPTION_KEY !== undefined,
  )
  @Transform(emptyToUndefined)
  @IsString({ message: 'is required in production' })
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'must be 32 bytes in base64 (44 characters, e.g. openssl rand -base64 32)',
  })
  TALENT_BANK_ENCRYPTION_KEY?: string;

  /** Keys used before a rotation, comma-separated, still read (never written with) until the data is re-encrypted. */
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9+/]{43}=(\s*,\s*[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be a comma-separated list of 32-byte keys in base64',
  })
  TALENT_BANK_PREVIOUS_KEYS?: string;

  /** Days a withdrawn, expired or re-employed registrant's personal data is kept before it is anonymised. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  TALENT_BANK_RETENTION_DAYS?: number;

  /** Days without contact after which an active registration expires. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(3650)
  TALENT_BANK_EXPIRY_DAYS?: number;

  /** Empty (set but blank) stops the daily expiry and anonymisation sweep; unset keeps the default. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.TALENT_BANK_SWEEP_CRON !== undefined && env.TALENT_BANK_SWEEP_CRON.trim() !== '',
  )
  @IsCronPattern()
  TALENT_BANK_SWEEP_CRON?: string;
}
