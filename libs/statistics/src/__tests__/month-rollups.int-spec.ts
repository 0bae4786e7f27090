// The month rollups (one row per month and office, what monthlyStatistics and annualStatistics read) stay equal to a
// recomputation from the raw rows through drains and rebuilds. Offices 33 and 34 (岡山, 広島): no other test file writes
// there (46 and 47 belong to the assignment tests, which count the offers of their office).
import { officeId } from '@kakehashi/testing';
import {
  establishmentFixture,
  executive,
  insertCompany,
  insertEstablishments,
  insertReceivingOffer,
  insertSendingOffer,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';

const OFFICES = ['33', '34'];

const MONTH_ROLLUPS_SQL = `
  SELECT to_char("year_month", 'YYYY-MM') AS ym, "office_id"::text AS office,
         "receiving_secondment" AS rs, "receiving_transfer" AS rt, "receiving_either" AS re,
         "sending_secondment" AS ss, "sending_transfer" AS st, "sending_either" AS se,
         "established_secondment" AS es, "established_transfer" AS et
    FROM "statistics_month_rollups"
   WHERE "office_id" = ANY($1::uuid[])
   ORDER BY 1, 2`;

const MONTH_RAW_SQL = `
  SELECT to_char(m, 'YYYY-MM') AS ym, office::text AS office,
         coalesce(sum(p) FILTER (WHERE part = 'RECEIVING:SECONDMENT'), 0)::int AS rs,
         coalesce(sum(p) FILTER (WHERE part = 'RECEIVING:TRANSFER'), 0)::int AS rt,
         coalesce(sum(p) FILTER (WHERE part = 'RECEIVING:EITHER'), 0)::int AS re,
         coalesce(sum(p) FILTER (WHERE part = 'SENDING:SECONDMENT'), 0)::int AS ss,
         coalesce(sum(p) FILTER (WHERE part = 'SENDING:TRANSFER'), 0)::int AS st,
         coalesce(sum(p) FILTER (WHERE part = 'SENDING:EITHER'), 0)::int AS se,
         coalesce(sum(p) FILTER (WHERE part = 'ESTABLISHED:SECONDMENT'), 0)::int AS es,
         coalesce(sum(p) FILTER (WHERE part = 'ESTABLISHED:TRANSFER'), 0)::int AS et
    FROM (SELECT date_trunc('month', "received_on") AS m, "owning_office_id" AS office,
                 'SENDING:' || "move_type" AS part, "people_count" AS p
            FROM "sending_offers"
          UNION ALL
          SELECT date_trunc('month', "received_on"), "owning_office_id",
                 'RECEIVING:' || CASE WHEN "accepts_secondment" AND "accepts_transfer" THEN 'EITHER'
                                      WHEN "accepts_secondment" THEN 'SECONDMENT' ELSE 'TRANSFER' END,
                 "people_wanted"
            FROM "receiving_offers"
          UNION ALL
          SELECT date_trunc('month', "occurred_on"), "sending_office_id", 'ESTABLISHED:' || "move_type", "people"
            FROM "case_establishments") AS raw
   WHERE office = ANY($1::uuid[])
   GROUP BY 1, 2
   ORDER BY 1, 2`;

describe('month rollups', () => {
  let kit: StatisticsKit;
  let officeIds: string[];

  beforeAll(async () => {
    kit = await startStatisticsKit({ settings: { liveFrom: '2001-04', currentMonth: '2003-03' } });
    officeIds = await Promise.all(OFFICES.map((code) => officeId(kit.dataSource, code)));
  });
  afterAll(async () => {
    await kit?.close();
  });

  const read = (sql: string) => kit.dataSource.query(sql, [officeIds]);

  it('follow offers and establishments through the drain, moves between offices and months included', async () => {
    const ds = kit.dataSource;
    const [a, b] = await Promise.all(OFFICES.map((code) => insertCompany(ds, code)));
    const moved = await insertSendingOffer(ds, {
      companyId: a,
      officeId: officeIds[0],
      receivedOn: '2001-05-10',
      moveType: 'EITHER',
      people: 4,
    });
    await insertSendingOffer(ds, {
      companyId: b,
      officeId: officeIds[1],
      receivedOn: '2001-05-20',
      moveType: 'TRANSFER',
      people: 2,
    });
    await insertReceivingOffer(ds, {
      companyId: b,
      officeId: officeIds[1],
      receivedOn: '2001-06-01',
      secondment: true,
      transfer: false,
      people: 7,
    });
    const fixture = await establishmentFixture(ds, OFFICES[0], OFFICES[1]);
    await insertEstablishments(ds, [
      {
        ...fixture,
        occurredOn: '2001-06-15',
        people: 3,
        moveType: 'SECONDMENT',
        sendingJsic: 'E',
        receivingJsic: 'H',
      },
      {
        ...fixture,
        occurredOn: '2001-06-20',
        people: 1,
        moveType: 'TRANSFER',
        sendingJsic: 'E',
        receivingJsic: 'E',
      },
      {
        ...fixture,
        occurredOn: '2001-07-02',
        people: -1,
        moveType: 'SECONDMENT',
        sendingJsic: 'E',
        receivingJsic: 'H',
      },
    ]);
    await kit.drain.drain();
    const after = await read(MONTH_ROLLUPS_SQL);
    expect(after).toEqual(await read(MONTH_RAW_SQL));
    expect(
      after.find((r: { ym: string; office: string }) => r.ym === '2001-06' && r.office === officeIds[0]),
    ).toMatchObject({
      es: 3,
      et: 1,
    });

    // The offer moves to the other office and to another month: both months and both offices follow.
    await ds.query(
      `UPDATE "sending_offers" SET "owning_office_id" = $2, "received_on" = '2001-08-03' WHERE "id" = $1`,
      [moved, officeIds[1]],
    );
    await kit.drain.drain();
    const moves = await read(MONTH_ROLLUPS_SQL);
    expect(moves).toEqual(await read(MONTH_RAW_SQL));
    expect(moves.find((r: { ym: string; office: string }) => r.ym === '2001-08')).toMatchObject({
      office: officeIds[1],
      se: 4,
    });

    // And monthlyStatistics reads them: the same figures as straight from the raw rows.
    const args = { fiscalYear: 2001, officeId: officeIds[0] };
    expect(await kit.monthly.monthly(executive(), args)).toEqual(
      await kit.monthly.monthly(executive(), args, { fromRaw: true }),
    );
  });

  it('are rebuilt with the rest: a damaged row is restored and a stray one removed', async () => {
    const ds = kit.dataSource;
    await kit.drain.drain();
    const good = await read(MONTH_ROLLUPS_SQL);
    expect(good.length).toBeGreaterThan(2);
    await ds.query(
      `UPDATE "statistics_month_rollups" SET "receiving_secondment" = 999 WHERE "office_id" = $1`,
      [officeIds[1]],
    );
    await ds.query(
      `INSERT INTO "statistics_month_rollups" VALUES ('2001-11-01', $1, 1, 1, 1, 1, 1, 1, 1, 1)`,
      [officeIds[0]],
    );
    expect(await read(MONTH_ROLLUPS_SQL)).not.toEqual(good);
    await kit.rebuild.rebuild();
    expect(await read(MONTH_ROLLUPS_SQL)).toEqual(await read(MONTH_RAW_SQL));
  }, 120_000);
});
