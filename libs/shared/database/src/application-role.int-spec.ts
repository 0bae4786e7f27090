import { createScratchDatabase, TEST_ADMIN_DATABASE_URL, uniqueTag } from '@kakehashi/testing';
import { DataSource } from 'typeorm';
import { ApplicationRoleError, grantApplicationRole } from './application-role';
import { buildDataSourceOptions } from './data-source-options';
import { withDataSource } from './database-connection';
import { rowLevelSecurityStatus } from './database-scope';

function connect(url: string, poolSize = 1): Promise<DataSource> {
  return new DataSource(
    buildDataSourceOptions({ url, poolSize, entities: [], applicationName: 'app-role-test' }),
  ).initialize();
}

function asUser(url: string, user: string): string {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}

/** Roles are cluster-wide: each test makes its own under a unique name and drops it (after the scratch database). */
describe('grantApplicationRole (db:migrate with DATABASE_APP_ROLE)', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let owner: DataSource;
  const roles: string[] = [];
  const newRoleName = () => {
    const name = `kk_test_${uniqueTag(10)}`;
    roles.push(name);
    return name;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    owner = await connect(scratch.url, 4);
    await owner.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await owner?.destroy();
    await scratch?.drop();
    await withDataSource(TEST_ADMIN_DATABASE_URL, async (admin) => {
      for (const role of roles) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    });
  });

  it('creates a missing role that may log in and nothing more, once however many processes race to create it', async () => {
    const role = newRoleName();
    const second = await connect(scratch.url);
    try {
      const results = await Promise.all([
        grantApplicationRole(owner, role),
        grantApplicationRole(second, role),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
    } finally {
      await second.destroy();
    }
    const [attributes] = await owner.query(
      `SELECT rolcanlogin, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = $1`,
      [role],
    );
    expect(attributes).toEqual({
      rolcanlogin: true,
      rolsuper: false,
      rolbypassrls: false,
      rolcreatedb: false,
      rolcreaterole: false,
    });
    const again = await grantApplicationRole(owner, role);
    expect(again).toEqual(expect.objectContaining({ role, created: false, passwordSet: false }));
    expect(again.tables).toBeGreaterThan(30);
  });

  it('grants reading and writing every table but no TRUNCATE, and only reading the migrations table', async () => {
    const role = newRoleName();
    await grantApplicationRole(owner, role);
    const privilege = async (table: string, privilege: string) =>
      (
        await owner.query<{ ok: boolean }[]>(`SELECT has_table_privilege($1, $2, $3) AS "ok"`, [
          role,
          table,
          privilege,
        ])
      )[0].ok;
    for (const table of ['referrals', 'referral_notes', 'users', 'companies']) {
      expect(await privilege(table, 'SELECT, INSERT, UPDATE, DELETE')).toBe(true);
      expect(await privilege(table, 'TRUNCATE')).toBe(false);
      expect(await privilege(table, 'REFERENCES')).toBe(false);
    }
    expect(await privilege('typeorm_migrations', 'SELECT')).toBe(true);
    expect(await privilege('typeorm_migrations', 'INSERT')).toBe(false);
    expect(await privilege('typeorm_migrations', 'UPDATE')).toBe(false);
    expect(await privilege('typeorm_migrations', 'DELETE')).toBe(false);

    const app = await connect(asUser(scratch.url, role));
    try {
      await expect(rowLevelSecurityStatus(app)).resolves.toEqual({ role, enforced: true, reason: null });
      await expect(app.query(`SELECT count(*)::int AS "n" FROM "offices"`)).resolves.toEqual([
        { n: expect.any(Number) },
      ]);
      await expect(app.query(`CREATE TABLE "sneaky" ("id" int)`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.destroy();
    }
  });

  it('sets the password when one is given', async () => {
    const role = newRoleName();
    const grant = await grantApplicationRole(owner, role, { password: 'a-long-app-password' });
    expect(grant.passwordSet).toBe(true);
    const [row] = await owner.query(
      `SELECT rolpassword IS NOT NULL AS "set" FROM pg_authid WHERE rolname = $1`,
      [role],
    );
    expect(row).toEqual({ set: true });
  });

  it('refuses a superuser, a BYPASSRLS role, a role owning a table and the migrating role itself', async () => {
    const superuser = newRoleName();
    const bypass = newRoleName();
    const tableOwner = newRoleName();
    await owner.query(`CREATE ROLE "${superuser}" LOGIN SUPERUSER`);
    await owner.query(`CREATE ROLE "${bypass}" LOGIN BYPASSRLS`);
    await owner.query(`CREATE ROLE "${tableOwner}" LOGIN`);
    await expect(grantApplicationRole(owner, superuser)).rejects.toThrow(
      new ApplicationRoleError(
        `DATABASE_APP_ROLE ${superuser} is a superuser: row-level security would not bind it, so it cannot be the ` +
          'application role. Name a role that owns nothing and has neither SUPERUSER nor BYPASSRLS ' +
          '(db:migrate creates a missing one so); see README "Row-level security".',
      ),
    );
    await expect(grantApplicationRole(owner, bypass)).rejects.toThrow(/has BYPASSRLS: row-level security/);

    await owner.query(`ALTER TABLE "referral_notes" OWNER TO "${tableOwner}"`);
    try {
      await expect(grantApplicationRole(owner, tableOwner)).rejects.toThrow(
        /owns the table\(s\) referral_notes: row-level security would not bind it/,
      );
    } finally {
      await owner.query(`ALTER TABLE "referral_notes" OWNER TO CURRENT_USER`);
    }
    const [{ me }] = await owner.query<{ me: string }[]>(`SELECT current_user AS "me"`);
    await expect(grantApplicationRole(owner, me)).rejects.toThrow(/is the role running the migrations/);
    // None of them was granted anything.
    const [{ granted }] = await owner.query<{ granted: boolean }[]>(
      `SELECT has_table_privilege($1, 'referrals', 'SELECT') AS "granted"`,
      [tableOwner],
    );
    expect(granted).toBe(false);
  });

  it('refuses a name that is not a plain lower-case identifier before touching the database', async () => {
    await expect(grantApplicationRole(owner, 'app"; DROP ROLE postgres; --')).rejects.toThrow(
      /must match \^\[a-z_\]/,
    );
  });
});
