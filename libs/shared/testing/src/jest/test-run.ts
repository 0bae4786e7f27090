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

/**
 * The role the tests' application connections run as, as in production: it owns nothing and has neither SUPERUSER
 * nor BYPASSRLS, so the referral tables' row-level security binds it. One name for the cluster (a role is
 * cluster-wide); the global setup's db:migrate creates it if missing and grants it each run's database.
 */
export const TEST_APP_ROLE = 'kakehashi_app';

/** `name` on the admin server, as the admin user (owner of what it creates), or as `user` (no password: trust auth). */
export function databaseUrlFor(name: string, user?: string): string {
  const url = new URL(TEST_ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

/**
 * The connection pool of every application a test starts (the kits, the e2e API). One by default, as on the embedded
 * default (PGlite serves one connection at a time): a use case that needs a second connection while its transaction
 * holds the only one then fails in the suite instead of timing out on `npm start`. TEST_DATABASE_POOL_SIZE raises it
 * for the whole run; a test whose point is parallelism across connections asks for `atLeast` and says why.
 */
export function testPoolSize(atLeast = 1): number {
  const configured = process.env['TEST_DATABASE_POOL_SIZE'];
  const size = configured ? Number(configured) : 1;
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`TEST_DATABASE_POOL_SIZE must be a positive whole number, not "${configured}"`);
  return Math.max(size, atLeast);
}
