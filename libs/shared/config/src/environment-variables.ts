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

  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  EMBEDDED_DB_DIR?: string;

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

  /** Empty (set but blank) disables the daily catch-up of case reminders; unset keeps the default. */
  @ValidateIf(
    (env: EnvironmentVariables) =>
      env.CASES_REMINDER_SWEEP_CRON !== undefined && env.CASES_REMINDER_SWEEP_CRON.trim() !== '',
  )
  @IsCronPattern()
  CASES_REMINDER_SWEEP_CRON?: string;
}
