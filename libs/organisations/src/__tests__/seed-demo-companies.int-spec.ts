import { migrateDatabase, readSeedCsv, withDataSource } from '@kakehashi/database';
import { createScratchDatabase } from '@kakehashi/testing';
import { companyNameSearchKey, normalizeCorporateNumber } from '@kakehashi/text';
import { seedDemoCompanies } from '../seed/seed-demo-companies';
import { seedReferenceData } from '../seed/seed-reference-data';

describe('seedDemoCompanies', () => {
  // Demo companies are global (fixed corporate numbers): seed them into a database of this test's own.
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
    });
  });
  afterAll(() => scratch?.drop());

  it('inserts every demo company once, owned by the office the CSV names, and skips them on the next run', async () => {
    const rows = readSeedCsv('demo/companies.csv');
    await withDataSource(scratch.url, async (ds) => {
      expect(await seedDemoCompanies(ds)).toBe(rows.length);
      expect(await seedDemoCompanies(ds)).toBe(0);

      const withNumber = rows.filter((r) => r['corporate_number']);
      const stored: { corporate_number: string; code: string; name_search_key: string }[] = await ds.query(
        `SELECT c.corporate_number, o.code, c.name_search_key FROM companies c JOIN offices o ON o.id = c.owning_office_id
          WHERE c.corporate_number = ANY($1)`,
        [withNumber.map((r) => normalizeCorporateNumber(r['corporate_number']))],
      );
      expect(stored).toHaveLength(withNumber.length);
      for (const row of withNumber) {
        const company = stored.find((c) => c.corporate_number === row['corporate_number']);
        expect(company).toMatchObject({
          code: row['office_code'],
          name_search_key: companyNameSearchKey(row['legal_name']),
        });
      }

      // Without a corporate number, the normalised name in the same prefecture identifies the company.
      const withoutNumber = rows.filter((r) => !r['corporate_number']);
      expect(withoutNumber.length).toBeGreaterThan(0);
      for (const row of withoutNumber) {
        const [{ n }] = await ds.query(
          `SELECT count(*)::int AS n FROM companies WHERE name_search_key = $1 AND prefecture_code = $2`,
          [companyNameSearchKey(row['legal_name']), row['prefecture_code']],
        );
        expect(n).toBe(1);
      }
    });
  });
});
