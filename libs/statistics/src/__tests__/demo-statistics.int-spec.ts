// The living demo figures: every ended live month of the six demo offices gets sending and receiving information,
// loading again (even later) adds nothing, and the offers are closed so matching never proposes them. Run inside a transaction
// that is rolled back, so the shared test database is left as it was.
import { DemoClock } from '@kakehashi/database';
import { DataSource, type QueryRunner } from 'typeorm';
import { DEMO_STATISTICS_OFFICES, seedDemoStatistics } from '../seed/seed-demo-statistics';
import { insertCompany, startStatisticsKit, type StatisticsKit } from './statistics-kit';

describe('demo statistics seed', () => {
  let kit: StatisticsKit;
  let runner: QueryRunner;

  beforeAll(async () => {
    kit = await startStatisticsKit();
    runner = kit.module.get(DataSource).createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
  });

  afterAll(async () => {
    await runner.rollbackTransaction();
    await runner.release();
    await kit.close();
  });

  it('fills every ended live month of the demo offices once, with closed offers', async () => {
    const clock = new DemoClock(new Date('2026-12-06T10:00:00+09:00'));
    // The demo's offers belong to the demo companies: one company (in the same transaction) stands for them.
    await insertCompany(runner.manager as unknown as DataSource, '27');
    const added = await seedDemoStatistics(runner.manager, clock);
    // February 2023 to November 2026: 46 months, six offices, one offer of each side.
    expect(added).toBe(46 * DEMO_STATISTICS_OFFICES.length * 2);
    expect(await seedDemoStatistics(runner.manager, clock)).toBe(0);

    const months: { ym: string; offices: number; people: number; open: number }[] = await runner.query(
      `SELECT to_char(date_trunc('month', s."received_on"), 'YYYY-MM') AS ym,
              count(DISTINCT s."owning_office_id")::int AS offices, sum(s."people_count")::int AS people,
              count(*) FILTER (WHERE s."status" <> 'CLOSED' OR s."people_available" > 0)::int AS open
         FROM "sending_offers" s WHERE s."job_title" LIKE '統計デモ%' GROUP BY 1 ORDER BY 1`,
    );
    expect(months[0].ym).toBe('2023-02');
    expect(months[months.length - 1].ym).toBe('2026-11');
    expect(
      months.every((m) => m.offices === DEMO_STATISTICS_OFFICES.length && m.people > 0 && m.open === 0),
    ).toBe(true);

    // Loaded again a month later: nothing added, as for every demo seed.
    const nextMonth = new DemoClock(new Date('2027-01-06T10:00:00+09:00'));
    expect(await seedDemoStatistics(runner.manager, nextMonth)).toBe(0);
  });
});
