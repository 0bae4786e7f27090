import { TEST_APP_ROLE, uniqueTag } from '@kakehashi/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { inDatabaseScope, rowLevelSecurityStatus } from './database-scope';
import { checkRowLevelSecurity, RowLevelSecurityNotEnforcedError } from './row-level-security';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set by the Jest global setup`);
  return value;
}

function connect(url: string): Promise<DataSource> {
  // One connection: the scope of one transaction must not follow the connection into the next statement.
  return new DataSource(
    buildDataSourceOptions({ url, poolSize: 1, entities: [], applicationName: 'rls-test' }),
  ).initialize();
}

/**
 * The tests connect as the application does in production (the global setup's db:migrate made DATABASE_URL's role):
 * the referral policies bind it, and without a scope it sees and writes nothing.
 */
describe('row-level security for the application role (DATABASE_URL)', () => {
  let app: DataSource;
  let owner: DataSource;
  let institutionId: string;
  let otherInstitutionId: string;
  let userId: string;
  let referralId: string;

  const referralValues = (id: string, institution: string) => [
    id,
    institution,
    userId,
    `RLS試験 ${uniqueTag()}`,
  ];
  const INSERT_REFERRAL = `
    INSERT INTO "referrals" ("id", "institution_id", "created_by_user_id", "status", "client_name",
      "client_name_search_key", "client_jsic_major_code", "client_prefecture_code", "client_size", "need",
      "surplus_people", "occupations", "consent_obtained_on", "consent_obtained_by", "version")
    VALUES ($1, $2, $3, 'DRAFT', $4, $4, (SELECT min("code") FROM "jsic_major_groups"), '13', 'SME', 'SURPLUS', 1,
      '製造', '2026-01-05', '担当 一郎', 1)`;

  beforeAll(async () => {
    app = await connect(requiredEnv('DATABASE_URL'));
    owner = await connect(requiredEnv('DATABASE_OWNER_URL'));
    const institutions = await owner.query<{ id: string }[]>(
      `SELECT "id" FROM "partner_institutions" ORDER BY "id" LIMIT 2`,
    );
    [institutionId, otherInstitutionId] = institutions.map((row) => row.id);
    // Written as the owner, whom the policies do not bind: the row exists whatever the application may see.
    [{ id: userId }] = await owner.query<{ id: string }[]>(
      `INSERT INTO "users" ("email", "name", "role", "password_hash", "version")
       VALUES ($1, '行政 確認', 'ADMIN', 'not-a-hash', 1) RETURNING "id"`,
      [`${uniqueTag()}@rls-test.example`],
    );
    referralId = randomUUID();
    await owner.query(INSERT_REFERRAL, referralValues(referralId, institutionId));
  });

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  it('connects as a role that is neither superuser nor BYPASSRLS nor owner, which the policies bind', async () => {
    const [role] = await app.query<{ name: string; superuser: boolean; bypass: boolean }[]>(
      `SELECT rolname AS "name", rolsuper AS "superuser", rolbypassrls AS "bypass"
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ name: TEST_APP_ROLE, superuser: false, bypass: false });
    await expect(rowLevelSecurityStatus(app)).resolves.toEqual({
      role: TEST_APP_ROLE,
      enforced: true,
      reason: null,
    });
    // In production the API and worker start on it.
    await expect(
      checkRowLevelSecurity(app, { production: true, embedded: false, processName: 'API' }),
    ).resolves.toEqual(expect.objectContaining({ description: `enforced (role ${TEST_APP_ROLE})` }));
  });

  it('tells the owner connection apart: not enforced, and refused in production but not on the embedded default', async () => {
    const status = await rowLevelSecurityStatus(owner);
    expect(status.enforced).toBe(false);
    await expect(
      checkRowLevelSecurity(owner, { production: true, embedded: false, processName: 'API' }),
    ).rejects.toThrow(RowLevelSecurityNotEnforcedError);
    await expect(
      checkRowLevelSecurity(owner, { production: true, embedded: false, processName: 'worker' }),
    ).rejects.toThrow(/DATABASE_APP_ROLE/);
    const embedded = await checkRowLevelSecurity(owner, {
      production: true,
      embedded: true,
      processName: 'API',
    });
    expect(embedded.description).toMatch(
      /^NOT enforced: the role is a superuser \(role \w+\): the embedded database has no separate application role$/,
    );
  });

  it('shows no referral without a scope (fail closed), and the row to a scope that may see it', async () => {
    await expect(app.query(`SELECT "id" FROM "referrals" WHERE "id" = $1`, [referralId])).resolves.toEqual(
      [],
    );
    await expect(app.query(`SELECT count(*)::int AS "n" FROM "referrals"`)).resolves.toEqual([{ n: 0 }]);
    const seen = (scope: Parameters<typeof inDatabaseScope>[1]) =>
      inDatabaseScope(app, scope, (manager) =>
        manager.query<{ id: string }[]>(`SELECT "id" FROM "referrals" WHERE "id" = $1`, [referralId]),
      );
    await expect(seen({ kind: 'center' })).resolves.toEqual([{ id: referralId }]);
    await expect(seen({ kind: 'partner_hq', institutionId })).resolves.toEqual([{ id: referralId }]);
    await expect(seen({ kind: 'partner_hq', institutionId: otherInstitutionId })).resolves.toEqual([]);
    // The scope ended with its transaction: the same (only) connection sees nothing again.
    await expect(app.query(`SELECT "id" FROM "referrals" WHERE "id" = $1`, [referralId])).resolves.toEqual(
      [],
    );
  });

  it('refuses to write a referral without a scope, or into another institution', async () => {
    const id = randomUUID();
    await expect(app.query(INSERT_REFERRAL, referralValues(id, institutionId))).rejects.toThrow(
      /row-level security policy/,
    );
    await expect(
      inDatabaseScope(app, { kind: 'partner_hq', institutionId: otherInstitutionId }, (manager) =>
        manager.query(INSERT_REFERRAL, referralValues(id, institutionId)),
      ),
    ).rejects.toThrow(/row-level security policy/);
    // Updates and deletes without a scope find nothing to change.
    await app.query(`UPDATE "referrals" SET "description" = 'changed' WHERE "id" = $1`, [referralId]);
    await app.query(`DELETE FROM "referrals" WHERE "id" = $1`, [referralId]);
    await expect(
      owner.query(`SELECT "description" FROM "referrals" WHERE "id" = $1`, [referralId]),
    ).resolves.toEqual([{ description: '' }]);
    await expect(owner.query(`SELECT "id" FROM "referrals" WHERE "id" = $1`, [id])).resolves.toEqual([]);
  });

  it('has only the rights the application uses: no TRUNCATE, no DDL, and the migrations table read-only', async () => {
    await expect(app.query(`TRUNCATE "referral_notes"`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`ALTER TABLE "referrals" DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
      /must be owner/,
    );
    await expect(app.query(`SELECT count(*) FROM "typeorm_migrations"`)).resolves.toHaveLength(1);
    await expect(
      app.query(`INSERT INTO "typeorm_migrations" ("timestamp", "name") VALUES (1, 'forged')`),
    ).rejects.toThrow(/permission denied/);
    await expect(app.query(`DELETE FROM "typeorm_migrations"`)).rejects.toThrow(/permission denied/);
  });
});
