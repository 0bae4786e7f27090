import { readFileSync } from 'node:fs';
import * as path from 'node:path';
// `yaml` (a dev dependency); merge keys (`<<: *app-environment`) need `merge: true`.
import YAML from 'yaml';
import { ConfigValidationError, validateEnvironment } from './validate-environment';

const COMPOSE_FILE = path.resolve(__dirname, '../../../../docker/compose.yml');
/** The services that run the application's code and so read its configuration. */
const APP_SERVICES = ['migrate', 'api', 'worker'] as const;

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | number | boolean>;
}

function composeServices(): Record<string, ComposeService> {
  const compose = YAML.parse(readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  return compose.services;
}

/** The variables production refuses to start without, as the config code says (not a copy of its list). */
function requiredInProduction(): string[] {
  try {
    validateEnvironment({ NODE_ENV: 'production' }, '/app');
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems.map((p) => p.variable).sort();
    throw error;
  }
  return [];
}

/** Compose's interpolation of one value: `${X:?msg}` takes the operator's X, `${X:-default}` X or the default. */
function interpolate(value: string, operator: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+)(?::([?-])([^}]*))?\}/g,
    (_match, name: string, kind?: string, rest?: string) => {
      const given = operator[name];
      if (given !== undefined && given !== '') return given;
      if (kind === '-') return rest ?? '';
      if (kind === '?') throw new Error(`compose would stop: ${name} is not set (${rest})`);
      return '';
    },
  );
}

function resolvedEnvironment(
  service: ComposeService,
  operator: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    env[name] = interpolate(String(value), operator);
  }
  return env;
}

describe('docker/compose.yml', () => {
  const services = composeServices();
  const required = requiredInProduction();
  // What an operator exports before `docker compose up`: one value for each variable production requires.
  const operator: Record<string, string> = {
    JWT_SECRET: 'j'.repeat(64),
    TALENT_BANK_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  };

  it('knows which variables production requires (the Career Talent Bank key among them)', () => {
    expect(required).toEqual(expect.arrayContaining(['JWT_SECRET', 'TALENT_BANK_ENCRYPTION_KEY']));
  });

  it.each(APP_SERVICES)('gives the %s service a production configuration that validates', (name) => {
    const service = services[name];
    expect(service).toBeDefined();
    const env = resolvedEnvironment(service, operator);
    expect(env['NODE_ENV']).toBe('production');
    expect(() => validateEnvironment(env, '/app')).not.toThrow();
  });

  it.each(APP_SERVICES)(
    'takes every required variable of the %s service from the operator, with no default to fall back on',
    (name) => {
      const environment = services[name].environment ?? {};
      for (const variable of required) {
        // `${X:?message}`: compose refuses to start without it, so no insecure placeholder can ever be used.
        expect({ variable, value: environment[variable] }).toEqual({
          variable,
          value: expect.stringMatching(new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`)),
        });
      }
    },
  );

  it('runs Redis with its append-only file, so queued jobs survive a Redis restart', () => {
    const command = services['redis'].command ?? [];
    expect(command[command.indexOf('--appendonly') + 1]).toBe('yes');
    expect(command).toContain('--appendonly');
  });
});
