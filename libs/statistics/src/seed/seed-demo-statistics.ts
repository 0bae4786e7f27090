// Living demo figures for the statistics, backed by records: the plan's companies, closed offers and established
// cases (demo-statistics-plan.ts), written in one transaction the first time the demo is loaded (dated by the demo
// clock then; loading again, even months later, adds nothing). The statistics triggers mark the months as for any
// writer; the marks are then drained here, with the refresh job's own code, so the first page load shows the figures
// and the background refresh has nothing of the demo's left to do.
import type { DemoClock } from '@kakehashi/database';
import { companyNameSearchKey } from '@kakehashi/text';
import type { DataSource, EntityManager } from 'typeorm';
import { drainStatisticsChanges } from '../rollups/services/statistics-drain.service';
import {
  DEMO_STATISTICS_COMPANIES,
  demoStatisticsCompany,
  planDemoStatistics,
  type DemoStatisticsMonthRow,
} from './demo-statistics-plan';

/** The account recorded as having registered the demo cases and their 成立. */
const RECORDED_BY = 'hq@kakehashi.example';

export interface DemoStatisticsCounts {
  statisticsCompanies: number;
  statisticsOffers: number;
  statisticsCases: number;
}

/** Loads the living demo statistics once, then settles the rollups. Needs the reference data and the demo users. */
export async function seedDemoStatistics(
  dataSource: DataSource,
  clock: DemoClock,
): Promise<DemoStatisticsCounts> {
  const counts = await dataSource.transaction((tx) => writeOnce(tx, clock));
  await drainStatisticsChanges(dataSource);
  return counts;
}

async function writeOnce(tx: EntityManager, clock: DemoClock): Promise<DemoStatisticsCounts> {
  const none = { statisticsCompanies: 0, statisticsOffers: 0, statisticsCases: 0 };
  // Test files load the demo into one database at once: the second waits here, then finds it loaded.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoStatistics'))`);
  const [{ loaded }]: { loaded: boolean }[] = await tx.query(
    `SELECT EXISTS (SELECT 1 FROM "companies" WHERE "corporate_number" = ANY($1::text[])) AS "loaded"`,
    [DEMO_STATISTICS_COMPANIES.map((c) => c.corporateNumber)],
  );
  if (loaded) return none;
  const [user]: { id: string }[] = await tx.query(`SELECT "id" FROM "users" WHERE "email" = $1`, [
    RECORDED_BY,
  ]);
  if (!user) throw new Error(`demo statistics: ${RECORDED_BY} is not loaded (seed the demo users first)`);
  const rows = planDemoStatistics(clock.today);
  const statisticsCompanies = await insertCompanies(tx);
  const statisticsOffers = await insertOffers(tx, rows, clock);
  const statisticsCases = await insertEstablishedCases(tx, rows, clock, user.id);
  return { statisticsCompanies, statisticsOffers, statisticsCases };
}

async function insertCompanies(tx: EntityManager): Promise<number> {
  const companies = DEMO_STATISTICS_COMPANIES.map((c) => ({
    ...c,
    searchKey: companyNameSearchKey(c.legalName),
  }));
  const inserted: unknown[] = await tx.query(
    `INSERT INTO "companies" ("legal_name", "name_search_key", "corporate_number", "jsic_major_code",
       "prefecture_code", "size", "owning_office_id", "notes", "version")
     SELECT c."legalName", c."searchKey", c."corporateNumber", c."jsicMajorCode", o."prefecture_code", 'SME', o."id",
            '統計デモ用の架空の会社です（受付済みの情報と成立の記録だけがあります）。', 1
       FROM jsonb_to_recordset($1::jsonb)
            AS c("legalName" text, "searchKey" text, "corporateNumber" text, "jsicMajorCode" text, "officeCode" text)
       JOIN "offices" o ON o."code" = c."officeCode"
     RETURNING 1`,
    [JSON.stringify(companies)],
  );
  return inserted.length;
}

/** Received, placed as far as they were, then closed: nobody left to place, so matching and assignment skip them. */
async function insertOffers(
  tx: EntityManager,
  rows: DemoStatisticsMonthRow[],
  clock: DemoClock,
): Promise<number> {
  const sending: unknown[] = await tx.query(
    `INSERT INTO "sending_offers" ("id", "company_id", "owning_office_id", "received_on", "move_type", "people_count",
       "people_available", "reason", "occupation_code", "job_title", "status", "version", "created_at", "updated_at")
     SELECT x."id", c."id", o."id", x."receivedOn", x."moveType", x."people", 0, 'EMPLOYMENT_ADJUSTMENT', 'H',
            x."jobTitle", 'CLOSED', 1, x."at", x."at"
       FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "officeCode" text, "receivedOn" date, "moveType" text,
            "people" int, "jobTitle" text, "at" timestamptz, "corporateNumber" text)
       JOIN "companies" c ON c."corporate_number" = x."corporateNumber"
       JOIN "offices" o ON o."code" = x."officeCode"
     RETURNING 1`,
    [JSON.stringify(rows.map((r) => ({ ...r.sending, ...dated(r.sending, 'SENDING', clock) })))],
  );
  const receiving: unknown[] = await tx.query(
    `INSERT INTO "receiving_offers" ("id", "company_id", "owning_office_id", "received_on", "accepts_secondment",
       "accepts_transfer", "people_wanted", "people_remaining", "occupation_code", "job_title",
       "workplace_prefecture_code", "status", "version", "created_at", "updated_at")
     SELECT x."id", c."id", o."id", x."receivedOn", x."acceptsSecondment", x."acceptsTransfer", x."people", 0, 'K',
            x."jobTitle", o."prefecture_code", 'CLOSED', 1, x."at", x."at"
       FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "officeCode" text, "receivedOn" date,
            "acceptsSecondment" boolean, "acceptsTransfer" boolean, "people" int, "jobTitle" text, "at" timestamptz, "corporateNumber" text)
       JOIN "companies" c ON c."corporate_number" = x."corporateNumber"
       JOIN "offices" o ON o."code" = x."officeCode"
     RETURNING 1`,
    [JSON.stringify(rows.map((r) => ({ ...r.receiving, ...dated(r.receiving, 'RECEIVING', clock) })))],
  );
  return sending.length + receiving.length;
}

/** The office's company on that side, and the moment the information was registered (the day it was received). */
function dated(
  offer: { officeCode: string; receivedOn: string },
  side: 'SENDING' | 'RECEIVING',
  clock: DemoClock,
) {
  return {
    corporateNumber: demoStatisticsCompany(offer.officeCode, side).corporateNumber,
    at: clock.at(offer.receivedOn),
  };
}

/**
 * A case per row, established (secondment started / transfer hired) on its day, and its 成立 event with both
 * companies' industries, as RecordEstablishmentService writes it: what the statistics count as people established.
 */
async function insertEstablishedCases(
  tx: EntityManager,
  rows: DemoStatisticsMonthRow[],
  clock: DemoClock,
  userId: string,
): Promise<number> {
  const cases = rows.map((r) => ({
    id: r.established.caseId,
    moveType: r.established.moveType,
    sendingOfferId: r.sending.id,
    receivingOfferId: r.receiving.id,
    people: r.established.people,
    workers: r.established.workers,
    occurredOn: r.established.occurredOn,
    openedAt: clock.at(
      r.sending.receivedOn > r.receiving.receivedOn ? r.sending.receivedOn : r.receiving.receivedOn,
    ),
    establishedAt: clock.at(r.established.occurredOn),
  }));
  const inserted: unknown[] = await tx.query(
    `WITH x AS (
       SELECT x.*, s."owning_office_id" AS "sendingOfficeId", r."owning_office_id" AS "receivingOfficeId",
              sc."jsic_major_code" AS "sendingJsic", rc."jsic_major_code" AS "receivingJsic"
         FROM jsonb_to_recordset($1::jsonb) AS x("id" uuid, "moveType" text, "sendingOfferId" uuid,
              "receivingOfferId" uuid, "people" int, "workers" jsonb, "occurredOn" date,
              "openedAt" timestamptz, "establishedAt" timestamptz)
         JOIN "sending_offers" s ON s."id" = x."sendingOfferId" JOIN "companies" sc ON sc."id" = s."company_id"
         JOIN "receiving_offers" r ON r."id" = x."receivingOfferId" JOIN "companies" rc ON rc."id" = r."company_id"),
     new_cases AS (
       INSERT INTO "cases" ("id", "move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
         "receiving_office_id", "people_planned", "stage", "stage_entered_at", "workers", "established_on",
         "people_established", "created_by_user_id", "updated_by_user_id", "version", "created_at", "updated_at")
       SELECT "id", "moveType", "sendingOfferId", "receivingOfferId", "sendingOfficeId", "receivingOfficeId", "people",
              CASE WHEN "moveType" = 'SECONDMENT' THEN 'STARTED' ELSE 'HIRED' END, "establishedAt", "workers",
              "occurredOn", "people", $2::uuid, $2::uuid, 1, "openedAt", "establishedAt"
         FROM x
       RETURNING 1)
     INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type", "sending_offer_id",
       "receiving_offer_id", "sending_office_id", "receiving_office_id", "sending_jsic_code", "receiving_jsic_code",
       "worker_ids", "recorded_by_user_id", "recorded_at")
     SELECT "id", 'ESTABLISHED', "occurredOn", "people", "moveType", "sendingOfferId", "receivingOfferId",
            "sendingOfficeId", "receivingOfficeId", "sendingJsic", "receivingJsic",
            ARRAY(SELECT (w ->> 'id')::uuid FROM jsonb_array_elements("workers") w), $2::uuid, "establishedAt"
       FROM x
     RETURNING 1`,
    [JSON.stringify(cases), userId],
  );
  return inserted.length;
}
