// Plain relative imports only: Jest loads global setup outside its module mapper.
import { randomBytes } from 'node:crypto';

/** The admin connection tests create their databases through (local trust auth by default, as on CI). */
export const TEST_ADMIN_DATABASE_URL =
  process.env['TEST_ADMIN_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A name unique to this Jest project run, so parallel runs (and CI beside a developer) never collide. */
export function newTestRunId(project: string): string {
  const slug = project
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 20);
  return `kk_${slug}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function databaseUrlFor(name: string): string {
  const url = new URL(TEST_ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
