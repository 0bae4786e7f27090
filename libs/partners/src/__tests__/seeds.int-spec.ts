import { migrateDatabase, readSeedCsv, withDataSource } from '@kakehashi/database';
import { seedDemoUsers } from '@kakehashi/identity';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase } from '@kakehashi/testing';
import type { DataSource } from 'typeorm';
import { seedDemoPartners } from '../seed/seed-demo-partners';
import { seedPartnerReferenceData } from '../seed/seed-partner-reference-data';
import { M_BANK_ID } from './partners-kit';

describe('partner seeds', () => {
  // Seeds are global (fixed ids): run them in a database of this test's own.
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
    });
  });
  afterAll(() => scratch?.drop());

  const count = async (ds: DataSource, table: string) =>
    (await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;

  it('loads every institution with its agreements once, and never overwrites what administrators changed', async () => {
    const institutions = readSeedCsv('partner-institutions.csv').length;
    const agreements = readSeedCsv('partner-agreements.csv').length;
    await withDataSource(scratch.url, async (ds) => {
      expect(await seedPartnerReferenceData(ds)).toEqual({
        partnerInstitutions: institutions,
        partnerAgreements: agreements,
      });
      expect(await count(ds, 'partner_institutions')).toBe(institutions);
      expect(await count(ds, 'partner_agreements')).toBe(agreements);

      // An administrator renames a placeholder and ends M銀行's agreement; the next db:migrate keeps both.
      await ds.query(
        `UPDATE partner_institutions SET name = '北陸試験銀行', version = version + 1 WHERE name = '金融機関（仮）04'`,
      );
      await ds.query(
        `UPDATE partner_agreements SET status = 'ENDED', ended_on = '2025-03-31' WHERE institution_id = $1`,
        [M_BANK_ID],
      );
      await seedPartnerReferenceData(ds);
      expect(await count(ds, 'partner_institutions')).toBe(institutions);
      expect(await count(ds, 'partner_agreements')).toBe(agreements);
      const [renamed] = await ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM partner_institutions WHERE name IN ('北陸試験銀行', '金融機関（仮）04')`,
      );
      expect(renamed.n).toBe(1);
      const [ended] = await ds.query<{ ended_on: string }[]>(
        `SELECT to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM partner_agreements WHERE institution_id = $1`,
        [M_BANK_ID],
      );
      expect(ended.ended_on).toBe('2025-03-31');
    });
  });

  it('adds the demo institution, branches and contacts once, before the demo users, whose branch users get their branch', async () => {
    await withDataSource(scratch.url, async (ds) => {
      await seedPartnerReferenceData(ds);
      expect(await seedDemoPartners(ds)).toEqual({
        demoPartnerInstitutions: readSeedCsv('demo/partner-institutions.csv').length,
        partnerBranches: readSeedCsv('demo/partner-branches.csv').length,
        partnerContacts: readSeedCsv('demo/partner-contacts.csv').length,
      });
      expect(await seedDemoPartners(ds)).toEqual({
        demoPartnerInstitutions: 0,
        partnerBranches: 0,
        partnerContacts: 0,
      });
      await seedDemoUsers(ds, 'demo-password-for-tests');
      const branchUsers = await ds.query<{ email: string; institution: string; branch: string }[]>(
        `SELECT u.email, i.name AS institution, b.name AS branch
           FROM users u JOIN partner_institutions i ON i.id = u.partner_institution_id
           JOIN partner_branches b ON b.id = u.partner_branch_id
          WHERE u.email IN ('partner.branch@kakehashi.example', 'partner2.branch@kakehashi.example')
          ORDER BY u.email`,
      );
      expect(branchUsers).toEqual([
        { email: 'partner.branch@kakehashi.example', institution: 'M銀行', branch: '新宿支店' },
        { email: 'partner2.branch@kakehashi.example', institution: 'K信用金庫', branch: '蒲田支店' },
      ]);
      // The demo institution's agreement is signed after the day of the published counts, which it leaves alone.
      const [agreement] = await ds.query<{ signed_on: string }[]>(
        `SELECT to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on
           FROM partner_agreements a JOIN partner_institutions i ON i.id = a.institution_id
          WHERE i.name = 'K信用金庫'`,
      );
      expect(agreement.signed_on > '2023-02-02').toBe(true);
    });
  });
});
