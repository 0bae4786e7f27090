import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvironmentVariables } from './environment-variables';

export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; messages: string[] }[]) {
    super(
      `Invalid environment configuration (${problems.length} variable${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.variable}: ${p.messages.join('; ')}`).join('\n'),
    );
    this.name = 'ConfigValidationError';
  }
}

/** Validates every variable at once and returns the typed config, or throws naming each bad variable. */
export function validateEnvironment(
  raw: NodeJS.ProcessEnv = process.env,
  workspaceRoot = defaultWorkspaceRoot(),
): AppConfig {
  const env = plainToInstance(EnvironmentVariables, pickDeclared(raw), { enableImplicitConversion: false });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigValidationError(errors.map(describe));
  }
  return new AppConfig(env, workspaceRoot);
}

const DECLARED = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATABASE_APP_ROLE',
  'DATABASE_APP_ROLE_PASSWORD',
  'EMBEDDED_DB_DIR',
  'WEB_DIST_DIR',
  'REDIS_URL',
  'REDIS_PREFIX',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'LOG_LEVEL',
  'GRAPHQL_MAX_DEPTH',
  'GRAPHQL_MAX_COMPLEXITY',
  'LOGIN_MAX_FAILURES',
  'LOGIN_BLOCK_SECONDS',
  'SEED_DEMO_DATA',
  'TRUST_PROXY',
  'MATCHING_NIGHTLY_CRON',
  'ASSIGNMENT_PACING_MS',
  'CASES_REMINDER_SWEEP_CRON',
  'STATISTICS_LIVE_FROM',
  'STATISTICS_REFRESH_CRON',
  'TALENT_BANK_ENCRYPTION_KEY',
  'TALENT_BANK_PREVIOUS_KEYS',
  'TALENT_BANK_RETENTION_DAYS',
  'TALENT_BANK_EXPIRY_DAYS',
  'TALENT_BANK_SWEEP_CRON',
] as const satisfies readonly (keyof EnvironmentVariables)[];

export const ENVIRONMENT_VARIABLE_NAMES: readonly string[] = DECLARED;

function pickDeclared(raw: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DECLARED) {
    const value = raw[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function describe(error: ValidationError): { variable: string; messages: string[] } {
  const shown =
    typeof error.value === 'string' && /SECRET|PASSWORD|KEY/.test(error.property)
      ? '(hidden)'
      : JSON.stringify(error.value);
  return {
    variable: error.property,
    messages: Object.values(error.constraints ?? {}).map(
      (m) => `${m.replace(`${error.property} `, '')} (got ${shown})`,
    ),
  };
}

/** Relative paths (EMBEDDED_DB_DIR, prisma/) resolve from where the npm scripts and the image run: the repo root. */
function defaultWorkspaceRoot(): string {
  return process.cwd();
}
