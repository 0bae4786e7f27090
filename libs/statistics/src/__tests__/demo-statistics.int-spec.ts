// The living demo statistics: every ended live month has receiving, sending and established figures in six regional
// offices, backed by records (a rebuild from the raw rows gives the same rollups), settled before the seed returns,
// with closed offers only; loading again, even a month later, changes nothing. The demo data is global (fixed
// corporate numbers, the hq@ account): it goes into a database of this test's own.
import { migrateDatabase, withDataSource, DemoClock } from '@kakehashi/database';
import { seedOffersReferenceData } from '@kakehashi/offers';
import { seedReferenceData } from '@kakehashi/organisations';
import { createScratchDatabase } from '@kakehashi/testing';
import { isValidCorporateNumber } from '@kakehashi/text';
import type { DataSource } from 'typeorm';
import { StatisticsRebuildService } from '../rollups/services/statistics-rebuild.service';
import { DEMO_STATISTICS_COMPANIES, DEMO_STATISTICS_OFFICES } from '../seed/demo-statistics-plan';
import { seedDemoStatistics } from '../seed/seed-demo-statistics';

interface MonthFigures {
  ym: string;
  offices: number;
  receiving: number;
  sending: number;
  secondment: number;
  transfer: number;
}

const ROLLUPS = ['statistics_offer_rollups', 'statistics_establishment_rollups', 'statistics_month_rollups'];
const RECORDS = ['companies', 'sending_offers', 'receiving_offers', 'cases', 'case_establishments'];

async function snapshot(ds: DataSource, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row]: { n: number; digest: string | null }[] = await ds.query(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    result[table] = `${row.n}:${row.digest}`;
  }
  return result;
}

const monthFigures = (ds: DataSource): Promise<MonthFigures[]> =>
  ds.query(
    `SELECT to_char("year_month", 'YYYY-MM') AS ym, count(*)::int AS offices,
            sum("receiving_secondment" + "receiving_transfer" + "receiving_either")::int AS receiving,
            sum("sending_secondment" + "sending_transfer" + "sending_either")::int AS sending,
            sum("established_secondment")::int AS secondment, sum("established_transfer")::int AS transfer
       FROM "statistics_month_rollups" GROUP BY 1 ORDER BY 1`,
  );

describe('living demo statistics', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const loadDay = new DemoClock(new Date('2026-12-06T10:00:00+09:00'));

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await withDataSource(scratch.url, async (ds) => {
      await migrateDatabase(ds);
      await seedReferenceData(ds);
      await seedOffersReferenceData(ds);
      // The demo account the cases are recorded by (the demo users' seed needs the partners too).
      await ds.query(
        `INSERT INTO "users" ("email", "name", "role", "office_id", "password_hash", "version")
         VALUES ('hq@kakehashi.example', '本部 試験', 'HQ_COORDINATOR', NULL, 'not-a-hash', 1)`,
      );
    });
  }, 60_000);
  afterAll(() => scratch?.drop());

  it('fills every ended live month of six offices with figures a rebuild confirms, once', async () => {
    await withDataSource(scratch.url, async (ds) => {
      // February 2023 (the cut-over) to November 2026: 46 months, one row per office and month. Loaded by two at
      // once (test files share a database): one writes it, the other waits and finds it loaded.
      const loads = await Promise.all([
        seedDemoStatistics(ds, loadDay),
        withDataSource(scratch.url, (other) => seedDemoStatistics(other, loadDay)),
      ]);
      expect(loads).toContainEqual({
        statisticsCompanies: 12,
        statisticsOffers: 46 * 6 * 2,
        statisticsCases: 46 * 6,
      });
      expect(loads).toContainEqual({ statisticsCompanies: 0, statisticsOffers: 0, statisticsCases: 0 });

      // Settled: nothing left for the refresh job, and the first read already has every month.
      expect(await ds.query(`SELECT 1 FROM "statistics_changes"`)).toEqual([]);
      const months = await monthFigures(ds);
      expect(months.map((m) => m.ym)).toEqual(
        Array.from({ length: 46 }, (_v, i) => {
          const index = 2023 * 12 + 1 + i;
          return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        }),
      );
      for (const m of months) {
        expect({ ...m, filled: m.receiving > 0 && m.sending > 0 && m.secondment + m.transfer >= 6 }).toEqual({
          ...m,
          offices: DEMO_STATISTICS_OFFICES.length,
          filled: true,
        });
      }
      // The current fiscal year (April-November 2026) and the previous one have both kinds of move.
      for (const fy of [
        ['2025-04', '2026-03'],
        ['2026-04', '2026-11'],
      ]) {
        const year = months.filter((m) => m.ym >= fy[0] && m.ym <= fy[1]);
        expect(year.reduce((n, m) => n + m.secondment, 0)).toBeGreaterThan(0);
        expect(year.reduce((n, m) => n + m.transfer, 0)).toBeGreaterThan(0);
      }

      // Backed by records: recomputing every rollup from the raw rows gives the same rows.
      const settled = await snapshot(ds, ROLLUPS);
      await new StatisticsRebuildService(ds).rebuild();
      expect(await snapshot(ds, ROLLUPS)).toEqual(settled);

      // Industry flows across industries and regions.
      const [flows]: { pairs: number; crossOffice: number }[] = await ds.query(
        `SELECT count(DISTINCT ("sending_jsic_code", "receiving_jsic_code"))::int AS pairs,
                count(*) FILTER (WHERE "sending_office_id" <> "receiving_office_id")::int AS "crossOffice"
           FROM "case_establishments"`,
      );
      expect(flows.pairs).toBeGreaterThanOrEqual(6);
      expect(flows.crossOffice).toBeGreaterThan(0);

      // Closed with nobody left to place: no open list or matching run finds them.
      const [open]: { n: number }[] = await ds.query(
        `SELECT ((SELECT count(*) FROM "sending_offers" WHERE "status" <> 'CLOSED' OR "people_available" > 0)
               + (SELECT count(*) FROM "receiving_offers" WHERE "status" <> 'CLOSED' OR "people_remaining" > 0))::int AS n`,
      );
      expect(open.n).toBe(0);
      expect(DEMO_STATISTICS_COMPANIES.every((c) => isValidCorporateNumber(c.corporateNumber))).toBe(true);

      // Loaded again, the same day or a month later: nothing added or changed.
      const before = await snapshot(ds, [...RECORDS, ...ROLLUPS]);
      const nothing = { statisticsCompanies: 0, statisticsOffers: 0, statisticsCases: 0 };
      expect(await seedDemoStatistics(ds, loadDay)).toEqual(nothing);
      expect(await seedDemoStatistics(ds, new DemoClock(new Date('2027-01-06T10:00:00+09:00')))).toEqual(
        nothing,
      );
      expect(await snapshot(ds, [...RECORDS, ...ROLLUPS])).toEqual(before);
    });
  }, 60_000);
});
