import { createScratchDatabase, TEST_ADMIN_DATABASE_URL } from '@kakehashi/testing';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run db:*` as an operator runs it. */
function cli(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
      {
        cwd: ROOT,
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'test', ...env },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function asUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}

describe('db:migrate and db:reset with DATABASE_APP_ROLE', () => {
  let scratch: { url: string; drop(): Promise<void> };
  const role = `kk_test_app_${randomBytes(4).toString('hex')}`;
  const superuser = `kk_test_su_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await query(TEST_ADMIN_DATABASE_URL, `CREATE ROLE "${superuser}" LOGIN SUPERUSER`);
  });

  afterAll(async () => {
    await scratch?.drop();
    await query(TEST_ADMIN_DATABASE_URL, `DROP ROLE IF EXISTS "${role}"`);
    await query(TEST_ADMIN_DATABASE_URL, `DROP ROLE IF EXISTS "${superuser}"`);
  });

  it('migrates as the owner, creates the application role, grants it the tables and says so', async () => {
    const first = await cli(['db:migrate'], { DATABASE_URL: scratch.url, DATABASE_APP_ROLE: role });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied [1-9]\d* migration\(s\)/);
    expect(first.stdout).toContain(
      `Application role ${role}: created (LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE); granted CONNECT on`,
    );
    expect(first.stdout).toMatch(
      /SELECT\/INSERT\/UPDATE\/DELETE on \d+ table\(s\) \(typeorm_migrations: SELECT only/,
    );

    // The role reads the reference data db:migrate loaded, and the referral policies bind it.
    const appUrl = asUser(scratch.url, role);
    const [offices] = await query<{ n: number }>(appUrl, `SELECT count(*)::int AS "n" FROM "offices"`);
    expect(offices.n).toBeGreaterThan(40);
    const [status] = await query<{ superuser: boolean; bypass: boolean }>(
      appUrl,
      `SELECT rolsuper AS "superuser", rolbypassrls AS "bypass" FROM pg_roles WHERE rolname = current_user`,
    );
    expect(status).toEqual({ superuser: false, bypass: false });

    const second = await cli(['db:migrate'], { DATABASE_URL: scratch.url, DATABASE_APP_ROLE: role });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Applied 0 migration(s).');
    expect(second.stdout).toContain(`Application role ${role}: exists; granted`);
  }, 60_000);

  it('grants again after db:reset dropped the schema (and the grants with it)', async () => {
    const reset = await cli(['db:reset'], { DATABASE_URL: scratch.url, DATABASE_APP_ROLE: role });
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(`Application role ${role}: exists; granted`);
    const [users] = await query<{ n: number }>(
      asUser(scratch.url, role),
      `SELECT count(*)::int AS "n" FROM "users" WHERE "email" = 'consultant@kakehashi.example'`,
    );
    expect(users.n).toBe(1);
  }, 90_000);

  it('refuses a superuser as the application role, in words and without a stack trace', async () => {
    const run = await cli(['db:migrate'], { DATABASE_URL: scratch.url, DATABASE_APP_ROLE: superuser });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Error: DATABASE_APP_ROLE ${superuser} is a superuser: row-level security would not bind it, so it cannot be ` +
        'the application role. Name a role that owns nothing and has neither SUPERUSER nor BYPASSRLS ' +
        '(db:migrate creates a missing one so); see README "Row-level security".\n',
    );
  }, 60_000);

  it('refuses a role name that is not a plain SQL identifier before connecting', async () => {
    const run = await cli(['db:migrate'], { DATABASE_URL: scratch.url, DATABASE_APP_ROLE: 'App-Role' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('- DATABASE_APP_ROLE: must be a lower-case SQL identifier');
  }, 60_000);
});
