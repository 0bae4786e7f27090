// The Center's published figures as loaded by db:migrate (the Jest global setup ran it), and the check that the
// brochure's year labels are shifted by one (prisma/seed/statistics/annual-results.csv explains why).
import { withDataSource } from '@kakehashi/database';
import {
  readPublishedMonths,
  readPublishedYears,
  seedStatisticsReferenceData,
} from '../seed/seed-statistics-reference-data';

function databaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through the Jest global setup');
  return url;
}

describe('published statistics seed', () => {
  const years = readPublishedYears();
  const months = readPublishedMonths();
  const monthlySum = (fiscalYear: number, pick: (m: (typeof months)[number]) => number | null) =>
    months.filter((m) => m.fiscal_year === fiscalYear).reduce((sum, m) => sum + (pick(m) ?? 0), 0);

  it('has the year labels shifted by one: each monthly fiscal-year sum is the annual figure of the next label', () => {
    for (const fiscalYear of [2019, 2020, 2021, 2022]) {
      const annual = years.find((y) => y.fiscal_year === fiscalYear)!;
      // The brochure labels this column one year earlier…
      expect(annual.source_label).toBe(`${fiscalYear - 1}年度`);
      // …but its secondments are the fiscal year's monthly total.
      expect(monthlySum(fiscalYear, (m) => m.secondment_established)).toBe(annual.secondment_established);
      // Read with the brochure's own label, the figure would be the previous year's: it never matches.
      const asLabelled = years.find((y) => y.fiscal_year === fiscalYear - 1)!;
      expect(monthlySum(fiscalYear, (m) => m.secondment_established)).not.toBe(
        asLabelled.secondment_established,
      );
    }
    expect(years.map((y) => y.fiscal_year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022,
    ]);
    expect(years.find((y) => y.fiscal_year === 2022)).toMatchObject({
      months_covered: 10,
      preliminary: true,
    });
    expect(months.filter((m) => m.fiscal_year === 2022)).toHaveLength(10);
  });

  it('satisfies the checks the monthly file states (established, receiving and sending per fiscal year)', () => {
    expect([2019, 2020, 2021, 2022].map((fy) => monthlySum(fy, (m) => m.secondment_established))).toEqual([
      1240, 3061, 5611, 2413,
    ]);
    expect([2020, 2021, 2022].map((fy) => monthlySum(fy, (m) => m.secondment_receiving_info))).toEqual([
      8192, 18029, 9625,
    ]);
    expect([2020, 2021, 2022].map((fy) => monthlySum(fy, (m) => m.secondment_sending_info))).toEqual([
      3427, 5820, 2489,
    ]);
    expect(
      months.filter((m) => m.fiscal_year === 2019).every((m) => m.secondment_receiving_info === null),
    ).toBe(true);
    expect(months.every((m) => m.preliminary === (m.fiscal_year === 2022))).toBe(true);
  });

  it('is in the database after db:migrate, and seeding again changes nothing', async () => {
    await withDataSource(databaseUrl(), async (dataSource) => {
      const snapshot = async () =>
        dataSource.query(
          `SELECT (SELECT json_agg(y ORDER BY y."fiscal_year") FROM "statistics_published_years" y) AS years,
                  (SELECT json_agg(m ORDER BY m."year_month") FROM "statistics_published_months" m) AS months,
                  (SELECT json_agg(i ORDER BY i."side", i."rank") FROM "statistics_published_industries" i) AS industries,
                  (SELECT json_agg(c ORDER BY c."period_from") FROM "statistics_published_cross_industry" c) AS shares`,
        );
      const [before] = await snapshot();
      expect(before.years).toHaveLength(10);
      expect(before.months).toHaveLength(46);
      expect(before.industries).toHaveLength(6);
      expect(before.shares.map((s: { share_percent: number }) => s.share_percent)).toEqual([69.9, 59.2]);
      const counts = await seedStatisticsReferenceData(dataSource);
      expect(counts).toEqual({
        publishedYears: 10,
        publishedMonths: 46,
        publishedIndustries: 6,
        publishedCrossIndustryShares: 2,
      });
      const [after] = await snapshot();
      expect(after).toEqual(before);
    });
  });
});
