// "An event is in the figures within 5 seconds of its transaction": a receiving offer or an establishment is written
// and committed in its own transaction (as the offers and cases code would), then the API is polled as an executive
// until its monthly figures for that office show it. The worker's drain runs on its schedule meanwhile
// (STATISTICS_REFRESH_CRON, every two seconds), in this process, on BullMQ.
import type { Client } from 'pg';
import type { GraphqlClient } from '../matching/support/graphql';
import { msSince, summarise, type LatencySummary } from '../matching/support/stats';

export interface FreshnessResult {
  kind: 'receiving offer' | 'establishment';
  samplesMs: number[];
  summary: LatencySummary;
}

const POLL_MS = 20;
const TIMEOUT_MS = 30_000;

const MONTHLY = `query ($fiscalYear: Int!, $officeId: ID) {
  monthlyStatistics(fiscalYear: $fiscalYear, officeId: $officeId) { months { yearMonth receiving established } }
}`;

interface Office {
  id: string;
  companyId: string;
  sendingOfferId: string;
  receivingOfferId: string;
}

async function figure(
  client: GraphqlClient,
  fiscalYear: number,
  officeId: string,
  yearMonth: string,
  field: 'receiving' | 'established',
): Promise<number> {
  const data = await client.request<{
    monthlyStatistics: { months: { yearMonth: string; receiving: number; established: number }[] };
  }>(MONTHLY, { fiscalYear, officeId });
  const month = data.monthlyStatistics.months.find((m) => m.yearMonth === yearMonth);
  if (!month) throw new Error(`no month ${yearMonth} in fiscal year ${fiscalYear}`);
  return month[field];
}

/** Regional offices with a company and a sending offer of their own (at a small size, not every office has them). */
async function benchOffices(db: Client, count: number): Promise<Office[]> {
  const { rows } = await db.query<Office>(
    `SELECT * FROM (
       SELECT o."id", o."code",
              (SELECT c."id" FROM "companies" c WHERE c."owning_office_id" = o."id" ORDER BY c."id" LIMIT 1)
                AS "companyId",
              (SELECT s."id" FROM "sending_offers" s WHERE s."owning_office_id" = o."id" ORDER BY s."id" LIMIT 1)
                AS "sendingOfferId",
              (SELECT r."id" FROM "receiving_offers" r ORDER BY r."id" LIMIT 1) AS "receivingOfferId"
         FROM "offices" o WHERE o."kind" = 'REGIONAL'
     ) office
     WHERE "companyId" IS NOT NULL AND "sendingOfferId" IS NOT NULL
     ORDER BY "code" LIMIT $1`,
    [count],
  );
  if (rows.length === 0) throw new Error('no regional office has both a company and a sending offer');
  return rows;
}

export async function measureFreshness(options: {
  db: Client;
  client: GraphqlClient;
  today: string;
  tries: number;
  recordedByUserId: string;
  log: (line: string) => void;
}): Promise<FreshnessResult[]> {
  const { db, client, today, log } = options;
  const yearMonth = today.slice(0, 7);
  const fiscalYear =
    Number(today.slice(5, 7)) >= 4 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const offices = await benchOffices(db, options.tries);
  const samples: Record<FreshnessResult['kind'], number[]> = { 'receiving offer': [], establishment: [] };
  for (let i = 0; i < options.tries; i += 1) {
    const office = offices[i % offices.length];
    const kind: FreshnessResult['kind'] = i % 2 === 0 ? 'receiving offer' : 'establishment';
    const field = kind === 'receiving offer' ? 'receiving' : 'established';
    const before = await figure(client, fiscalYear, office.id, yearMonth, field);
    // Commit at a different point of the drain's two-second cycle each time (a commit right after a drain waits
    // longest), so the samples cover the whole cycle.
    await new Promise((resolve) => setTimeout(resolve, (i * 737) % 2000));
    await db.query('BEGIN');
    try {
      if (kind === 'receiving offer') {
        await db.query(
          `INSERT INTO "receiving_offers" ("company_id", "owning_office_id", "received_on", "accepts_secondment",
             "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
             "workplace_prefecture_code", "version")
           SELECT $1, $2, $3::date, true, false, 1, 1, 'H', '統計ベンチの鮮度確認', c."prefecture_code", 1
             FROM "companies" c WHERE c."id" = $1`,
          [office.companyId, office.id, today],
        );
      } else {
        const { rows } = await db.query<{ id: string }>(
          `INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
             "receiving_office_id", "people_planned", "stage", "established_on", "people_established",
             "created_by_user_id", "updated_by_user_id", "version")
           VALUES ('SECONDMENT', $1, $2, $3, $3, 1, 'STARTED', $4::date, 1, $5, $5, 1) RETURNING "id"`,
          [office.sendingOfferId, office.receivingOfferId, office.id, today, options.recordedByUserId],
        );
        await db.query(
          `INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type",
             "sending_offer_id", "receiving_offer_id", "sending_office_id", "receiving_office_id",
             "sending_jsic_code", "receiving_jsic_code", "recorded_by_user_id")
           VALUES ($1, 'ESTABLISHED', $2::date, 1, 'SECONDMENT', $3, $4, $5, $5, 'E', 'H', $6)`,
          [
            rows[0].id,
            today,
            office.sendingOfferId,
            office.receivingOfferId,
            office.id,
            options.recordedByUserId,
          ],
        );
      }
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
    const committed = process.hrtime.bigint();
    for (;;) {
      const now = await figure(client, fiscalYear, office.id, yearMonth, field);
      if (now >= before + 1) break;
      if (msSince(committed) > TIMEOUT_MS)
        throw new Error(`${kind} not in the figures after ${TIMEOUT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const latency = msSince(committed);
    samples[kind].push(latency);
    log(`  try ${i + 1}/${options.tries}: ${kind} in the figures ${latency.toFixed(0)} ms after its commit`);
  }
  return (Object.keys(samples) as FreshnessResult['kind'][]).map((kind) => ({
    kind,
    samplesMs: samples[kind],
    summary: summarise(samples[kind]),
  }));
}
