import { ALL_ROLES, Role } from '@kakehashi/authz';
import { migrateDatabase, readSeedCsv, withDataSource } from '@kakehashi/database';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase } from '@kakehashi/testing';
import type { DataSource } from 'typeorm';
import { seedDemoUsers } from '../seed/seed-demo-users';
import { officeId, startIdentityKit, uniqueAddress, type IdentityKit } from './identity-test-kit';

const DEMO_PASSWORD = 'demo-password-for-tests';

/**
 * The partner institutions and branches the demo partner accounts name, which the partners' seeds (in
 * @kakehashi/partners, a library that depends on this one) create before the users in a real run.
 */
async function addPartnersOfDemoUsers(ds: DataSource): Promise<void> {
  for (const row of readSeedCsv('demo/users.csv')) {
    const institutionId = row['partner_institution_id'];
    if (!institutionId) continue;
    // A name of its own per institution: names are unique.
    await ds.query(
      `INSERT INTO "partner_institutions" ("id", "type", "name", "name_search_key", "version")
       VALUES ($1, 'FINANCIAL_INSTITUTION', $2, $2, 1) ON CONFLICT DO NOTHING`,
      [institutionId, `試験機関${institutionId}`],
    );
    if (row['partner_branch_id']) {
      await ds.query(
        `INSERT INTO "partner_branches" ("id", "institution_id", "name", "prefecture_code", "version")
         VALUES ($1, $2, $3, '13', 1) ON CONFLICT DO NOTHING`,
        [row['partner_branch_id'], institutionId, `試験支店${row['partner_branch_id']}`],
      );
    }
  }
}

describe('seedDemoUsers', () => {
  // Demo accounts are global (fixed addresses): seed them into a database of this test's own.
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let kit: IdentityKit;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
      await addPartnersOfDemoUsers(ds);
    });
    kit = await startIdentityKit({ DATABASE_URL: scratch.url });
  });
  afterAll(async () => {
    await kit?.close();
    await scratch?.drop();
  });

  it('adds every demo account once, placed by office code, all able to sign in', async () => {
    const rows = readSeedCsv('demo/users.csv');
    const url = kit.config.databaseUrl!;
    // As the CLI runs it: on a DataSource without entities.
    expect(await withDataSource(url, (ds) => seedDemoUsers(ds, DEMO_PASSWORD))).toBe(rows.length);
    expect(await withDataSource(url, (ds) => seedDemoUsers(ds, DEMO_PASSWORD))).toBe(0);

    const seeded = await Promise.all(rows.map((row) => kit.users.findOneByOrFail({ email: row['email'] })));
    expect(new Set(seeded.map((u) => u.role))).toEqual(new Set(ALL_ROLES));
    const tokyoConsultant = seeded.find((u) => u.email === 'consultant@kakehashi.example');
    expect(tokyoConsultant).toMatchObject({ role: Role.CONSULTANT, officeId: await officeId(kit, '13') });
    const branchUser = seeded.find((u) => u.role === Role.PARTNER_BRANCH);
    expect(branchUser?.partnerBranchId).toEqual(expect.any(String));
    for (const user of seeded) {
      await expect(kit.auth.login(user.email, DEMO_PASSWORD, uniqueAddress())).resolves.toMatchObject({
        user: { id: user.id },
      });
    }
  });
});
