// The triggers mark the months a change touches inside the writer's own transaction (read there before commit, so
// no drain of another test can take them first), only when a counted column changed; a drain then brings the
// office's rollups to its raw rows. Office 39 (高知), months of 2012: no other test file writes there.
import type { EntityManager } from 'typeorm';
import {
  ESTABLISHMENT_RAW_SQL,
  ESTABLISHMENT_ROLLUPS_SQL,
  establishmentFixture,
  insertCompany,
  OFFER_RAW_SQL,
  OFFER_ROLLUPS_SQL,
  officeId,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';

const OFFICE = '39';

describe('change marks written by the triggers', () => {
  let kit: StatisticsKit;
  let office: string;
  let otherOffice: string;
  let company: string;

  beforeAll(async () => {
    kit = await startStatisticsKit();
    office = await officeId(kit.dataSource, OFFICE);
    otherOffice = await officeId(kit.dataSource, '40');
    company = await insertCompany(kit.dataSource, OFFICE);
  });
  afterAll(async () => {
    await kit?.close();
  });

  /** Runs `change` in a transaction and returns the marks it wrote (kind and month), read before it commits. */
  async function marksOf(change: (tx: EntityManager) => Promise<unknown>): Promise<string[]> {
    return kit.dataSource.transaction(async (tx) => {
      const [{ last }] = await tx.query(
        `SELECT coalesce(max("id"), 0)::bigint AS last FROM "statistics_changes"`,
      );
      await change(tx);
      const marks: { kind: string; ym: string }[] = await tx.query(
        `SELECT "kind", to_char("year_month", 'YYYY-MM') AS ym FROM "statistics_changes"
          WHERE "id" > $1 AND "year_month" BETWEEN '2012-01-01' AND '2012-12-01'
          ORDER BY 1, 2`,
        [last],
      );
      return marks.map((m) => `${m.kind} ${m.ym}`);
    });
  }

  const insertSending = (tx: EntityManager, receivedOn: string) =>
    tx
      .query(
        `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
           "people_available", "reason", "occupation_code", "job_title", "version")
         VALUES ($1, $2, $3, 'EITHER', 4, 4, 'EMPLOYMENT_ADJUSTMENT', 'H', '印の試験', 1) RETURNING "id"`,
        [company, office, receivedOn],
      )
      .then((rows: { id: string }[]) => rows[0].id);

  it('marks the month of a new offer, both months of a moved one, and nothing for an uncounted change', async () => {
    let id = '';
    expect(await marksOf(async (tx) => (id = await insertSending(tx, '2012-03-10')))).toEqual([
      'OFFERS 2012-03',
    ]);
    expect(
      await marksOf((tx) =>
        tx.query(`UPDATE "sending_offers" SET "received_on" = '2012-05-02' WHERE "id" = $1`, [id]),
      ),
    ).toEqual(['OFFERS 2012-03', 'OFFERS 2012-05']);
    expect(
      await marksOf((tx) =>
        tx.query(
          `UPDATE "sending_offers" SET "people_available" = 1, "status" = 'IN_PROGRESS' WHERE "id" = $1`,
          [id],
        ),
      ),
    ).toEqual([]);
    expect(
      await marksOf((tx) =>
        tx.query(`UPDATE "sending_offers" SET "owning_office_id" = $2 WHERE "id" = $1`, [id, otherOffice]),
      ),
    ).toEqual(['OFFERS 2012-05']);
    expect(
      await marksOf((tx) =>
        tx.query(`UPDATE "sending_offers" SET "owning_office_id" = $2 WHERE "id" = $1`, [id, office]),
      ),
    ).toEqual(['OFFERS 2012-05']);
    expect(await marksOf((tx) => tx.query(`DELETE FROM "sending_offers" WHERE "id" = $1`, [id]))).toEqual([
      'OFFERS 2012-05',
    ]);
  });

  it('marks each month once for a statement touching many rows, and receiving offers by what they accept', async () => {
    expect(
      await marksOf(async (tx) => {
        await tx.query(
          `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
             "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
             "workplace_prefecture_code", "version")
           SELECT $1, $2, d::date, true, false, 3, 3, 'K', '印の試験', '40', 1
             FROM unnest(ARRAY['2012-07-01', '2012-07-20', '2012-08-05']) AS d`,
          [company, office],
        );
      }),
    ).toEqual(['OFFERS 2012-07', 'OFFERS 2012-08']);
    expect(
      await marksOf((tx) =>
        tx.query(
          `UPDATE "receiving_offers" SET "accepts_transfer" = true WHERE "owning_office_id" = $1 AND "received_on" = '2012-08-05'`,
          [office],
        ),
      ),
    ).toEqual(['OFFERS 2012-08']);
    expect(
      await marksOf((tx) =>
        tx.query(
          `UPDATE "receiving_offers" SET "people_remaining" = 0, "status" = 'CLOSED' WHERE "owning_office_id" = $1`,
          [office],
        ),
      ),
    ).toEqual([]);
  });

  it('marks the month an establishment or correction happened', async () => {
    const fixture = await establishmentFixture(kit.dataSource, OFFICE, '13');
    expect(
      await marksOf((tx) =>
        tx.query(
          `INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type",
             "sending_offer_id", "receiving_offer_id", "sending_office_id", "receiving_office_id",
             "sending_jsic_code", "receiving_jsic_code", "reason", "recorded_by_user_id")
           VALUES ($1, 'ESTABLISHED', '2012-09-03', 2, 'TRANSFER', $2, $3, $4, $5, 'E', 'E', NULL, $6),
                  ($1, 'CORRECTION', '2012-10-09', -1, 'TRANSFER', $2, $3, $4, $5, 'E', 'E', '辞退', $6)`,
          [
            fixture.caseId,
            fixture.sendingOfferId,
            fixture.receivingOfferId,
            fixture.sendingOfficeId,
            fixture.receivingOfficeId,
            fixture.userId,
          ],
        ),
      ),
    ).toEqual(['ESTABLISHMENTS 2012-09', 'ESTABLISHMENTS 2012-10']);
  });

  it('leaves no mark for work rolled back, and a drain brings the office to its raw rows', async () => {
    await expect(
      marksOf(async (tx) => {
        await insertSending(tx, '2012-11-11');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const [{ left }] = await kit.dataSource.query(
      `SELECT count(*)::int AS left FROM "statistics_changes" WHERE "year_month" = '2012-11-01'`,
    );
    expect(left).toBe(0);
    await kit.drain.drain();
    const offices = [office];
    expect(await kit.dataSource.query(OFFER_ROLLUPS_SQL, [offices])).toEqual(
      await kit.dataSource.query(OFFER_RAW_SQL, [offices]),
    );
    const established = await kit.dataSource.query(ESTABLISHMENT_ROLLUPS_SQL, [offices]);
    expect(established).toEqual(await kit.dataSource.query(ESTABLISHMENT_RAW_SQL, [offices]));
    expect(established.filter((r: { ym: string }) => r.ym.startsWith('2012'))).toEqual([
      expect.objectContaining({ ym: '2012-09', move: 'TRANSFER', people: 2, est: 2, cor: 0 }),
      expect.objectContaining({ ym: '2012-10', move: 'TRANSFER', people: -1, est: 0, cor: -1 }),
    ]);
  });
});
