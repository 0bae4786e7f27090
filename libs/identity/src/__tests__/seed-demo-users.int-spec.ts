import { ALL_ROLES, Role } from '@kakehashi/authz';
import { migrateDatabase, readSeedCsv, withDataSource } from '@kakehashi/database';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase } from '@kakehashi/testing';
import { seedDemoUsers } from '../seed/seed-demo-users';
import { officeId, startIdentityKit, uniqueAddress, type IdentityKit } from './identity-test-kit';

const DEMO_PASSWORD = 'demo-password-for-tests';

describe('seedDemoUsers', () => {
  // Demo accounts are global (fixed addresses): seed them into a database of this test's own.
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let kit: IdentityKit;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
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
    for (const user of seeded) {
      await expect(kit.auth.login(user.email, DEMO_PASSWORD, uniqueAddress())).resolves.toMatchObject({
        user: { id: user.id },
      });
    }
  });
});
