// The figures' SQL: the published history, the live rollups (or the raw rows they are computed from, for the
// benchmark's baseline and the consistency tests), the published industry figures and the offices a scope covers.
import type { MoveType } from '@kakehashi/offers';
import type { DataSource, EntityManager } from 'typeorm';
import type { PublishedMonth, PublishedYear } from './figures';

/** A DataSource, or a transaction's EntityManager (the closing reads the live month inside its transaction). */
export type Queryable = Pick<DataSource | EntityManager, 'query'>;

export interface FlowCount {
  sendingJsicCode: string;
  receivingJsicCode: string;
  people: number;
}

export interface OfferRow {
  ym: string;
  side: 'SENDING' | 'RECEIVING';
  scope: 'SECONDMENT' | 'TRANSFER' | 'EITHER';
  people: number;
}

export interface EstablishedRow {
  ym: string;
  move_type: MoveType;
  people: number;
}

export interface MonthRollupRow {
  ym: string;
  rs: number;
  rt: number;
  re: number;
  ss: number;
  st: number;
  se: number;
  es: number;
  et: number;
}

// $1 first day of the first month, $2 first day after the last month, $3 the offices (null: all). One row per month
// and office (statistics_month_rollups): grouped by the date first, formatted after, so each month is formatted once.
const ROLLUP_MONTHS_SQL = `
  SELECT to_char("year_month", 'YYYY-MM') AS "ym", rs, rt, re, ss, st, se, es, et
    FROM (SELECT "year_month",
                 sum("receiving_secondment")::int AS rs, sum("receiving_transfer")::int AS rt,
                 sum("receiving_either")::int AS re, sum("sending_secondment")::int AS ss,
                 sum("sending_transfer")::int AS st, sum("sending_either")::int AS se,
                 sum("established_secondment")::int AS es, sum("established_transfer")::int AS et
            FROM "statistics_month_rollups"
           WHERE "year_month" >= $1::date AND "year_month" < $2::date
             AND ($3::uuid[] IS NULL OR "office_id" = ANY($3::uuid[]))
           GROUP BY "year_month") AS months`;

// The same figures straight from the raw rows, with the same rules (the benchmark's baseline).
const RAW_OFFERS_SQL = `
  SELECT to_char(date_trunc('month', s."received_on"), 'YYYY-MM') AS "ym", 'SENDING' AS "side",
         s."move_type" AS "scope", sum(s."people_count")::int AS "people"
    FROM "sending_offers" s
   WHERE s."received_on" >= $1::date AND s."received_on" < $2::date
     AND ($3::uuid[] IS NULL OR s."owning_office_id" = ANY($3::uuid[]))
   GROUP BY 1, 3
  UNION ALL
  SELECT to_char(date_trunc('month', r."received_on"), 'YYYY-MM'), 'RECEIVING',
         CASE WHEN r."accepts_secondment" AND r."accepts_transfer" THEN 'EITHER'
              WHEN r."accepts_secondment" THEN 'SECONDMENT' ELSE 'TRANSFER' END,
         sum(r."people_wanted")::int
    FROM "receiving_offers" r
   WHERE r."received_on" >= $1::date AND r."received_on" < $2::date
     AND ($3::uuid[] IS NULL OR r."owning_office_id" = ANY($3::uuid[]))
   GROUP BY 1, 3`;

const RAW_ESTABLISHED_SQL = `
  SELECT to_char(date_trunc('month', e."occurred_on"), 'YYYY-MM') AS "ym", e."move_type",
         sum(e."people")::int AS "people"
    FROM "case_establishments" e
   WHERE e."occurred_on" >= $1::date AND e."occurred_on" < $2::date
     AND ($3::uuid[] IS NULL OR e."sending_office_id" = ANY($3::uuid[]))
   GROUP BY 1, 2`;

/** The published fiscal years from `fromFiscalYear` to `toFiscalYear`. */
export function publishedYears(
  db: Queryable,
  fromFiscalYear: number,
  toFiscalYear: number,
): Promise<PublishedYear[]> {
  return db.query(
    `SELECT "fiscal_year" AS "fiscalYear", "months_covered" AS "monthsCovered",
            "secondment_established" AS "secondmentEstablished", "transfer_established" AS "transferEstablished",
            "total_established" AS "totalEstablished", "receiving_info" AS "receivingInfo",
            "sending_info" AS "sendingInfo", "preliminary"
       FROM "statistics_published_years"
      WHERE "fiscal_year" BETWEEN $1 AND $2`,
    [fromFiscalYear, toFiscalYear],
  );
}

/** The published months between two first days (inclusive), each with its month as `ym` (YYYY-MM). */
export function publishedMonths(
  db: Queryable,
  fromStart: string,
  toStart: string,
): Promise<(PublishedMonth & { ym: string })[]> {
  return db.query(
    `SELECT to_char("year_month", 'YYYY-MM') AS "ym", "secondment_established" AS "secondmentEstablished",
            "secondment_receiving_info" AS "secondmentReceivingInfo",
            "secondment_sending_info" AS "secondmentSendingInfo", "preliminary"
       FROM "statistics_published_months"
      WHERE "year_month" BETWEEN $1::date AND $2::date`,
    [fromStart, toStart],
  );
}

/** Months (YYYY-MM) headquarters closed between two first days (inclusive). */
export function closedMonthsBetween(
  db: Queryable,
  fromStart: string,
  toStart: string,
): Promise<{ ym: string }[]> {
  return db.query(
    `SELECT to_char("year_month", 'YYYY-MM') AS "ym" FROM "statistics_month_closings"
      WHERE "year_month" BETWEEN $1::date AND $2::date`,
    [fromStart, toStart],
  );
}

/** Params of the live month reads: first day of the first month, first day after the last, the offices (null: all). */
export type LiveMonthParams = [string, string, string[] | null];

export function rollupMonths(db: Queryable, params: LiveMonthParams): Promise<MonthRollupRow[]> {
  return db.query(ROLLUP_MONTHS_SQL, params);
}

export function rawOffers(db: Queryable, params: LiveMonthParams): Promise<OfferRow[]> {
  return db.query(RAW_OFFERS_SQL, params);
}

export function rawEstablished(db: Queryable, params: LiveMonthParams): Promise<EstablishedRow[]> {
  return db.query(RAW_ESTABLISHED_SQL, params);
}

/**
 * People established in [first day, first day after) by sending × receiving JSIC major group, for a move type (null:
 * both) and the offices (null: all): from the rollups, or straight from the raw establishments.
 */
export function establishmentFlows(
  db: Queryable,
  params: [string, string, MoveType | null, string[] | null],
  fromRaw: boolean,
): Promise<FlowCount[]> {
  return fromRaw
    ? db.query(
        `SELECT e."sending_jsic_code" AS "sendingJsicCode", e."receiving_jsic_code" AS "receivingJsicCode",
                sum(e."people")::int AS "people"
           FROM "case_establishments" e
          WHERE e."occurred_on" >= $1::date AND e."occurred_on" < $2::date
            AND ($3::varchar IS NULL OR e."move_type" = $3::varchar)
            AND ($4::uuid[] IS NULL OR e."sending_office_id" = ANY($4::uuid[]))
          GROUP BY 1, 2`,
        params,
      )
    : db.query(
        `SELECT "sending_jsic_code" AS "sendingJsicCode", "receiving_jsic_code" AS "receivingJsicCode",
                sum("people")::int AS "people"
           FROM "statistics_establishment_rollups"
          WHERE "year_month" >= $1::date AND "year_month" < $2::date
            AND ($3::varchar IS NULL OR "move_type" = $3::varchar)
            AND ($4::uuid[] IS NULL OR "office_id" = ANY($4::uuid[]))
          GROUP BY 1, 2`,
        params,
      );
}

/** The published top industries of a period (its first days), by side and rank. */
export function publishedIndustries(
  db: Queryable,
  params: [string, string],
): Promise<{ side: 'SENDING' | 'RECEIVING'; rank: number; jsic_code: string; people: number }[]> {
  return db.query(
    `SELECT "side", "rank", "jsic_code", "people" FROM "statistics_published_industries"
      WHERE "period_from" = $1::date AND "period_to" = $2::date ORDER BY "side", "rank"`,
    params,
  );
}

/** The published cross-industry share of a period (its first days). */
export function publishedCrossIndustryShares(
  db: Queryable,
  params: [string, string],
): Promise<{ share_percent: string }[]> {
  return db.query(
    `SELECT "share_percent" FROM "statistics_published_cross_industry"
      WHERE "period_from" = $1::date AND "period_to" = $2::date`,
    params,
  );
}

/** Every period (YYYY-MM to YYYY-MM) with published industry figures, latest first. */
export function publishedIndustryPeriods(db: Queryable): Promise<{ from: string; to: string }[]> {
  return db.query(
    `SELECT to_char("period_from", 'YYYY-MM') AS "from", to_char("period_to", 'YYYY-MM') AS "to"
       FROM "statistics_published_cross_industry"
     UNION
     SELECT to_char("period_from", 'YYYY-MM'), to_char("period_to", 'YYYY-MM')
       FROM "statistics_published_industries"
      ORDER BY 1 DESC`,
  );
}

export function industryNames(db: Queryable): Promise<{ code: string; name_ja: string }[]> {
  return db.query(`SELECT "code", "name_ja" FROM "jsic_major_groups"`);
}

export interface OfficeRow {
  id: string;
  code: string;
  name_ja: string;
  region_ja: string | null;
}

/** Every office, by code. */
export function allOffices(db: Queryable): Promise<OfficeRow[]> {
  return db.query(`SELECT "id", "code", "name_ja", "region_ja" FROM "offices" ORDER BY "code"`);
}

/** The office with this id (a UUID), if any. */
export function officeById(db: Queryable, id: string): Promise<OfficeRow[]> {
  return db.query(`SELECT "id", "code", "name_ja", "region_ja" FROM "offices" WHERE "id" = $1`, [id]);
}

/** The offices that belong to a region, by code. */
export function regionalOffices(db: Queryable): Promise<OfficeRow[]> {
  return db.query(
    `SELECT "id", "code", "name_ja", "region_ja" FROM "offices" WHERE "region_ja" IS NOT NULL ORDER BY "code"`,
  );
}
