// Thousands of random operations on offers and establishments (created, changed, corrected, in bulk, rolled back,
// across months and offices, in concurrent streams) while drain jobs run on the real Redis; afterwards the rollups
// must equal a recomputation from the raw rows. Then the rebuild job repairs rollups that were damaged.
import { JobName, QueueName } from '@kakehashi/jobs';
import { monthsBetween } from '../periods/year-month';
import {
  ESTABLISHMENT_RAW_SQL,
  ESTABLISHMENT_ROLLUPS_SQL,
  establishmentFixture,
  insertCompany,
  insertEstablishments,
  insertReceivingOffer,
  insertSendingOffer,
  OFFER_RAW_SQL,
  OFFER_ROLLUPS_SQL,
  officeId,
  runJob,
  seededRandom,
  startStatisticsKit,
  waitForJob,
  type StatisticsKit,
} from './statistics-kit';

// Offices no other test file writes in: their rollup rows are final once this file's last drain has run.
const OFFICES = ['36', '37', '41'];
const OPERATIONS = 3000;
const STREAMS = 4;
const SEED = Number(process.env['STATISTICS_RANDOM_SEED'] ?? Date.now() % 1_000_000);
// Records before the cut-over (2016: kept in the rollups, not counted in the figures) and live months after every
// month another statistics test file reads.
const MONTHS = [...monthsBetween('2016-04', '2016-12'), ...monthsBetween('2025-04', '2026-10')];
const JSIC = ['A', 'C', 'D', 'E', 'H', 'I', 'K', 'N', 'P', 'R'];

describe(`rollups stay equal to the raw records (seed ${SEED})`, () => {
  let kit: StatisticsKit;
  let officeIds: string[];

  beforeAll(async () => {
    kit = await startStatisticsKit();
    officeIds = await Promise.all(OFFICES.map((code) => officeId(kit.dataSource, code)));
  });
  afterAll(async () => {
    await kit?.close();
  });

  const rows = (sql: string, offices: string[] | null) => kit.dataSource.query(sql, [offices]);

  async function expectOfficesConsistent(): Promise<void> {
    expect(await rows(OFFER_ROLLUPS_SQL, officeIds)).toEqual(await rows(OFFER_RAW_SQL, officeIds));
    expect(await rows(ESTABLISHMENT_ROLLUPS_SQL, officeIds)).toEqual(
      await rows(ESTABLISHMENT_RAW_SQL, officeIds),
    );
  }

  /**
   * The whole tables, other files' rows included: in one REPEATABLE READ snapshot in which no change mark is left,
   * every committed change has been taken in, so rollups and raw rows must agree exactly. Other files keep writing,
   * so a snapshot with marks left is retried after another drain.
   */
  async function expectWholeTablesConsistent(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await kit.drain.drain();
      const verdict = await kit.dataSource.transaction('REPEATABLE READ', async (tx) => {
        const [{ marks }] = await tx.query(`SELECT count(*)::int AS marks FROM "statistics_changes"`);
        if (marks > 0) return null;
        return {
          offers: [await tx.query(OFFER_ROLLUPS_SQL, [null]), await tx.query(OFFER_RAW_SQL, [null])],
          establishments: [
            await tx.query(ESTABLISHMENT_ROLLUPS_SQL, [null]),
            await tx.query(ESTABLISHMENT_RAW_SQL, [null]),
          ],
        };
      });
      if (verdict) {
        expect(verdict.offers[0]).toEqual(verdict.offers[1]);
        expect(verdict.establishments[0]).toEqual(verdict.establishments[1]);
        expect(verdict.offers[0].length).toBeGreaterThan(0);
        return;
      }
      if (attempt >= 50) throw new Error('no snapshot without pending change marks after 50 drains');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('after thousands of random operations and concurrent drain jobs', async () => {
    const ds = kit.dataSource;
    const random = seededRandom(SEED);
    const companies = await Promise.all(OFFICES.map((code) => insertCompany(ds, code)));
    const fixtures = await Promise.all(
      OFFICES.map((code, i) => establishmentFixture(ds, code, OFFICES[(i + 1) % OFFICES.length])),
    );
    const sending: string[] = [];
    const receiving: string[] = [];
    const day = () => `${random.pick(MONTHS)}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const officeIndex = () => random.int(0, OFFICES.length - 1);

    const operation = async (): Promise<void> => {
      const roll = random.next();
      const o = officeIndex();
      if (roll < 0.22) {
        sending.push(
          await insertSendingOffer(ds, {
            companyId: companies[o],
            officeId: officeIds[o],
            receivedOn: day(),
            moveType: random.pick(['SECONDMENT', 'TRANSFER', 'EITHER'] as const),
            people: random.int(1, 30),
          }),
        );
      } else if (roll < 0.44) {
        const scope = random.int(0, 2);
        receiving.push(
          await insertReceivingOffer(ds, {
            companyId: companies[o],
            officeId: officeIds[o],
            receivedOn: day(),
            secondment: scope !== 1,
            transfer: scope !== 0,
            people: random.int(1, 30),
          }),
        );
      } else if (roll < 0.58 && sending.length) {
        const id = random.pick(sending);
        const change = random.int(0, 4);
        if (change === 0)
          await ds.query(`UPDATE "sending_offers" SET "received_on" = $2 WHERE "id" = $1`, [id, day()]);
        if (change === 1) {
          await ds.query(
            `UPDATE "sending_offers" SET "people_count" = $2, "people_available" = LEAST("people_available", $2) WHERE "id" = $1`,
            [id, random.int(1, 30)],
          );
        }
        if (change === 2) {
          await ds.query(`UPDATE "sending_offers" SET "move_type" = $2 WHERE "id" = $1`, [
            id,
            random.pick(['SECONDMENT', 'TRANSFER', 'EITHER']),
          ]);
        }
        if (change === 3) {
          await ds.query(`UPDATE "sending_offers" SET "owning_office_id" = $2 WHERE "id" = $1`, [
            id,
            officeIds[o],
          ]);
        }
        // A change no figure depends on (the remaining people): nothing to recompute, and nothing must move.
        if (change === 4) {
          await ds.query(
            `UPDATE "sending_offers" SET "people_available" = 0, "status" = 'CLOSED' WHERE "id" = $1`,
            [id],
          );
        }
      } else if (roll < 0.72 && receiving.length) {
        const id = random.pick(receiving);
        const change = random.int(0, 3);
        if (change === 0) {
          await ds.query(
            `UPDATE "receiving_offers" SET "received_on" = $2, "people_wanted" = $3,
                            "people_remaining" = LEAST("people_remaining", $3) WHERE "id" = $1`,
            [id, day(), random.int(1, 30)],
          );
        }
        if (change === 1) {
          const scope = random.int(0, 2);
          await ds.query(
            `UPDATE "receiving_offers" SET "accepts_secondment" = $2, "accepts_transfer" = $3 WHERE "id" = $1`,
            [id, scope !== 1, scope !== 0],
          );
        }
        if (change === 2) {
          await ds.query(`UPDATE "receiving_offers" SET "owning_office_id" = $2 WHERE "id" = $1`, [
            id,
            officeIds[o],
          ]);
        }
        if (change === 3) {
          await ds.query(`UPDATE "receiving_offers" SET "people_remaining" = 0 WHERE "id" = $1`, [id]);
        }
      } else if (roll < 0.9) {
        const correction = random.next() < 0.3;
        const count = random.int(1, 4);
        await insertEstablishments(
          ds,
          Array.from({ length: count }, () => ({
            ...fixtures[officeIndex()],
            occurredOn: day(),
            people: correction ? random.pick([-3, -2, -1, 1, 2]) : random.int(1, 6),
            kind: correction ? ('CORRECTION' as const) : ('ESTABLISHED' as const),
            moveType: random.pick(['SECONDMENT', 'TRANSFER'] as const),
            sendingJsic: random.pick(JSIC),
            receivingJsic: random.pick(JSIC),
          })),
        );
      } else if (roll < 0.95 && sending.length > 5) {
        // One statement moving several offers across months: one trigger run, every old and new month marked.
        const ids = Array.from({ length: 5 }, () => random.pick(sending));
        await ds.query(
          `UPDATE "sending_offers" SET "received_on" = "received_on" + ($2::int * interval '1 day') WHERE "id" = ANY($1::uuid[])`,
          [ids, random.pick([-40, -10, 25, 61])],
        );
      } else {
        // Work that is rolled back leaves neither figures nor marks.
        await ds
          .transaction(async (tx) => {
            await tx.query(
              `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
                 "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
                 "workplace_prefecture_code", "version")
               VALUES ($1, $2, $3, true, true, 99, 99, 'K', '取り消される受入', '13', 1)`,
              [companies[o], officeIds[o], day()],
            );
            throw new Error('rolled back on purpose');
          })
          .catch((error: Error) => {
            if (error.message !== 'rolled back on purpose') throw error;
          });
      }
    };

    // Rounds, each checked after its last drain: a change whose mark was lost shows in the round that made it,
    // before later changes to the same month could hide it.
    const ROUNDS = 10;
    const MAX_PENDING_DRAINS = 4;
    const DRAIN_WAIT_MS = 60_000;
    for (let round = 0; round < ROUNDS; round += 1) {
      let running = true;
      const drains: Promise<{ state: string }>[] = [];
      // Drains overlap the writes and each other, a few at a time: an unbounded backlog would only measure how busy
      // the machine is.
      let pending = 0;
      const drainLoop = (async () => {
        while (running) {
          if (pending < MAX_PENDING_DRAINS) {
            const { id } = await kit.jobs.enqueue(QueueName.STATISTICS, JobName.STATISTICS_DRAIN, {});
            pending += 1;
            drains.push(
              waitForJob(kit.jobs, QueueName.STATISTICS, id, DRAIN_WAIT_MS).finally(() => {
                pending -= 1;
              }),
            );
          }
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      })();
      let done = 0;
      await Promise.all(
        Array.from({ length: STREAMS }, async () => {
          while (done < OPERATIONS / ROUNDS) {
            done += 1;
            await operation();
          }
        }),
      );
      running = false;
      await drainLoop;
      const drained = await Promise.all(drains);
      expect(drained.every((status) => status.state === 'completed')).toBe(true);
      const last = await runJob(kit.jobs, QueueName.STATISTICS, JobName.STATISTICS_DRAIN);
      expect(last.state).toBe('completed');
      await expectOfficesConsistent();
    }
    await expectWholeTablesConsistent();
  }, 180_000);

  it('rebuilds damaged rollups from the raw records, with progress, and a second rebuild changes nothing', async () => {
    const ds = kit.dataSource;
    await kit.drain.drain();
    const good = await rows(OFFER_ROLLUPS_SQL, officeIds);
    expect(good.length).toBeGreaterThan(10);
    // Damage: a wrong count, a missing row, and a row for a month no record has.
    await ds.query(`UPDATE "statistics_offer_rollups" SET "people" = "people" + 7 WHERE "office_id" = $1`, [
      officeIds[0],
    ]);
    await ds.query(`DELETE FROM "statistics_establishment_rollups" WHERE "office_id" = $1`, [officeIds[1]]);
    await ds.query(
      `INSERT INTO "statistics_offer_rollups" ("year_month", "office_id", "side", "move_scope", "offers", "people")
       VALUES ('2020-07-01', $1, 'SENDING', 'EITHER', 1, 5)`,
      [officeIds[2]],
    );
    expect(await rows(OFFER_ROLLUPS_SQL, officeIds)).not.toEqual(await rows(OFFER_RAW_SQL, officeIds));

    const { id } = await kit.jobs.enqueue(
      QueueName.STATISTICS,
      JobName.STATISTICS_REBUILD,
      {},
      { attempts: 1 },
    );
    const status = await waitForJob(kit.jobs, QueueName.STATISTICS, id, 60_000);
    expect(status).toMatchObject({ state: 'completed', progress: 100 });
    expect((status.result as { months: number }).months).toBeGreaterThan(80);
    await expectOfficesConsistent();
    const afterFirst = await rows(ESTABLISHMENT_ROLLUPS_SQL, officeIds);
    const again = await kit.rebuild.rebuild();
    expect(again.months).toBeGreaterThan(0);
    expect(await rows(ESTABLISHMENT_ROLLUPS_SQL, officeIds)).toEqual(afterFirst);
    await expectOfficesConsistent();
    await expectWholeTablesConsistent();
  }, 120_000);
});
