import { migrateDatabase, readSeedCsv, withDataSource } from '@kakehashi/database';
import { seedDemoCompanies, seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase } from '@kakehashi/testing';
import { skillMatchKey } from '@kakehashi/text';
import type { DataSource } from 'typeorm';
import { seedDemoOffers } from '../seed/seed-demo-offers';
import { seedOffersReferenceData } from '../seed/seed-offers-reference-data';

describe('offers seeds', () => {
  // The dictionary and the demo offers are global: seed them into a database of this test's own.
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
    });
  });
  afterAll(() => scratch?.drop());

  const snapshot = (ds: DataSource) =>
    ds.query(`SELECT id, match_key, version, updated_at, alias_keys FROM skills ORDER BY match_key`);

  it('loads the 12 occupation groups and at least 80 skills, and a second run touches nothing', async () => {
    await withDataSource(scratch.url, async (ds) => {
      const first = await seedOffersReferenceData(ds);
      expect(first.occupationMajorGroups).toBe(12);
      expect(first.skills).toBeGreaterThanOrEqual(80);
      const groups: { code: string }[] = await ds.query(
        `SELECT code FROM occupation_major_groups ORDER BY code`,
      );
      expect(groups.map((g) => g.code).join('')).toBe('ABCDEFGHIJKL');
      const before = await snapshot(ds);
      expect(before).toHaveLength(first.skills);
      expect(await seedOffersReferenceData(ds)).toEqual(first);
      expect(await snapshot(ds)).toEqual(before);
    });
  });

  it('stores each entry under the key of its name, with its reading and synonyms as aliases', async () => {
    await withDataSource(scratch.url, async (ds) => {
      const [forklift] = await ds.query(`SELECT * FROM skills WHERE name = 'フォークリフト運転技能'`);
      expect(forklift.match_key).toBe(skillMatchKey('フォークリフト運転技能'));
      expect(forklift.alias_keys).toEqual(
        expect.arrayContaining(
          ['フォークリフト', 'フォークリフトウンテンギノウ', 'フォークリフト運転技能講習修了'].map(
            skillMatchKey,
          ),
        ),
      );
      const [large] = await ds.query(`SELECT implies FROM skills WHERE name = '大型自動車第一種運転免許'`);
      expect(large.implies).toEqual(['中型自動車第一種運転免許']);
    });
  });

  it('keeps a synonym an administrator added, and restores a name the CSV lists', async () => {
    await withDataSource(scratch.url, async (ds) => {
      await ds.query(
        `UPDATE skills SET synonyms = array_append(synonyms, '税理士（登録済み）'), name = '税理士さん' WHERE name = '税理士'`,
      );
      await seedOffersReferenceData(ds);
      const [row] = await ds.query(`SELECT name, synonyms, alias_keys FROM skills WHERE match_key = $1`, [
        skillMatchKey('税理士'),
      ]);
      expect(row.name).toBe('税理士');
      expect(row.synonyms).toContain('税理士（登録済み）');
      expect(row.alias_keys).toContain(skillMatchKey('税理士（登録済み）'));
    });
  });

  it('loads the demo offers, the seven case examples among them, once', async () => {
    const sendingRows = readSeedCsv('demo/sending-offers.csv');
    const receivingRows = readSeedCsv('demo/receiving-offers.csv');
    await withDataSource(scratch.url, async (ds) => {
      await seedDemoCompanies(ds);
      expect(await seedDemoOffers(ds)).toEqual({
        sendingOffers: sendingRows.length,
        receivingOffers: receivingRows.length,
      });
      expect(await seedDemoOffers(ds)).toEqual({ sendingOffers: 0, receivingOffers: 0 });

      const cases: { notes: string; people_count: number; desired_period_months: number }[] = await ds.query(
        `SELECT notes, people_count, desired_period_months FROM sending_offers WHERE notes LIKE '事例%' ORDER BY notes`,
      );
      expect(cases.map((c) => [c.people_count, c.desired_period_months])).toEqual([
        [1, 12],
        [1, 12],
        [2, 12],
        [1, 6],
        [1, 4],
        [2, 1],
        [2, 6],
      ]);
      const receivers: { people_wanted: number; period_months: number; conditions: string[] }[] =
        await ds.query(
          `SELECT people_wanted, period_months, conditions FROM receiving_offers WHERE notes LIKE '事例%' ORDER BY notes`,
        );
      expect(receivers.map((c) => [c.people_wanted, c.period_months])).toEqual([
        [1, 12],
        [1, 12],
        [2, 12],
        [1, 6],
        [1, 4],
        [2, 1],
        [2, 6],
      ]);
      expect(receivers[6].conditions).toContain('WOMEN_FRIENDLY');

      // Free text in the CSV resolves like a consultant's input: 動力車操縦者運転免許 and the half-width forklift.
      const [railway] = await ds.query(`SELECT skills FROM sending_offers WHERE notes = '事例2'`);
      expect(railway.skills[0]).toMatchObject({ label: '動力車操縦者運転免許', skillId: expect.any(String) });
      const [warehouse] = await ds.query(
        `SELECT required_skills FROM receiving_offers WHERE job_title = 'フォークリフト運転者'`,
      );
      expect(warehouse.required_skills[0]).toMatchObject({
        label: 'フォークリフト運転技能',
        skillId: expect.any(String),
      });
      // Each offer belongs to its company's office.
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM (SELECT company_id, owning_office_id FROM sending_offers UNION ALL
           SELECT company_id, owning_office_id FROM receiving_offers) o JOIN companies c ON c.id = o.company_id
         WHERE c.owning_office_id <> o.owning_office_id`,
      );
      expect(n).toBe(0);
    });
  });
});
