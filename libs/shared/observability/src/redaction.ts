/**
 * What the logs must never hold, by field name: credentials, and the personal data of people (a registrant's name,
 * kana, date of birth and contact details — the fields encrypted at rest — and an account's e-mail). Redaction is by
 * name because a value can be anything; the list is matched at any depth up to `REDACT_DEPTH`.
 */
export const SENSITIVE_FIELD_NAMES = [
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'accessToken',
  'token',
  'authorization',
  'cookie',
  'secret',
  'email',
  'phone',
  'address',
  'dateOfBirth',
  'kana',
  'name',
  'legalName',
  'variables',
  'parameters',
] as const;

export const REDACTED = '[redacted]';
const REDACT_DEPTH = 4;

/** pino `redact.paths` for every sensitive name at depths 1..REDACT_DEPTH (`name`, `*.name`, `*.*.name`, …). */
export function sensitiveLogPaths(): string[] {
  // A browser's session travels in the Cookie header and, at sign-in, in the response's Set-Cookie.
  const paths: string[] = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const name of SENSITIVE_FIELD_NAMES) {
    for (let depth = 0; depth < REDACT_DEPTH; depth += 1)
      paths.push([...Array(depth).fill('*'), name].join('.'));
  }
  return paths;
}

/** Text between quotes in an error message: libraries quote the offending value there (graphql-js, PostgreSQL). */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|「[^」]*」|\((?:[^()]*)\)=\((?:[^()]*)\)/g;

/**
 * An error as it may be logged: its kind, codes and stack frames, and its message with anything quoted masked.
 * Never the driver's parameters, a PostgreSQL `detail` (it repeats the row's values) or GraphQL variables.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const source = originalError(error);
  const record = source as Error & { code?: unknown; extensions?: Record<string, unknown>; table?: unknown };
  const frames = (source.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 12)
    .join('\n');
  return {
    type: source.constructor?.name ?? source.name,
    message: maskQuoted(source.message),
    ...(typeof record.code === 'string' ? { code: record.code } : {}),
    ...(typeof record.extensions?.['code'] === 'string' ? { graphqlCode: record.extensions['code'] } : {}),
    ...(typeof record.table === 'string' ? { table: record.table } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}

export function maskQuoted(message: string): string {
  return message.replace(QUOTED, REDACTED);
}

/** GraphQL wraps a resolver's error; the original tells what really failed. */
function originalError(error: Error): Error {
  let current: Error = error;
  for (let i = 0; i < 5; i += 1) {
    const inner = (current as { originalError?: unknown }).originalError;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current;
}
