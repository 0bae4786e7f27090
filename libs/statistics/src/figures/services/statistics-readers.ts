import { MoveType } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { NO_LIVE_FIGURES, type LiveMonth, type PublishedMonth, type PublishedYear } from '../figures';
import { addMonthsTo, firstDayOf } from '../../periods/year-month';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

export interface FlowCount {
  sendingJsicCode: string;
  receivingJsicCode: string;
  people: number;
}

interface OfferRow {
  ym: string;
  side: 'SENDING' | 'RECEIVING';
  scope: 'SECONDMENT' | 'TRANSFER' | 'EITHER';
  people: number;
}

interface EstablishedRow {
  ym: string;
  move_type: MoveType;
  people: number;
}

interface MonthRollupRow {
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

/** The published history (reference data) for a range of fiscal years and months. */
@Injectable()
export class PublishedFiguresReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async years(fromFiscalYear: number, toFiscalYear: number): Promise<Map<number, PublishedYear>> {
    const rows: PublishedYear[] = await this.dataSource.query(
      `SELECT "fiscal_year" AS "fiscalYear", "months_covered" AS "monthsCovered",
              "secondment_established" AS "secondmentEstablished", "transfer_established" AS "transferEstablished",
              "total_established" AS "totalEstablished", "receiving_info" AS "receivingInfo",
              "sending_info" AS "sendingInfo", "preliminary"
         FROM "statistics_published_years"
        WHERE "fiscal_year" BETWEEN $1 AND $2`,
      [fromFiscalYear, toFiscalYear],
    );
    return new Map(rows.map((row) => [row.fiscalYear, row]));
  }

  async months(from: string, to: string): Promise<Map<string, PublishedMonth>> {
    const rows: (PublishedMonth & { ym: string })[] = await this.dataSource.query(
      `SELECT to_char("year_month", 'YYYY-MM') AS "ym", "secondment_established" AS "secondmentEstablished",
              "secondment_receiving_info" AS "secondmentReceivingInfo",
              "secondment_sending_info" AS "secondmentSendingInfo", "preliminary"
         FROM "statistics_published_months"
        WHERE "year_month" BETWEEN $1::date AND $2::date`,
      [firstDayOf(from), firstDayOf(to)],
    );
    return new Map(rows.map(({ ym, ...month }) => [ym, month]));
  }

  /** Months headquarters closed in the range. */
  async closedMonths(from: string, to: string): Promise<Set<string>> {
    const rows: { ym: string }[] = await this.dataSource.query(
      `SELECT to_char("year_month", 'YYYY-MM') AS "ym" FROM "statistics_month_closings"
        WHERE "year_month" BETWEEN $1::date AND $2::date`,
      [firstDayOf(from), firstDayOf(to)],
    );
    return new Set(rows.map((row) => row.ym));
  }
}

/**
 * The live figures: from the rollup tables (what the API answers from: the month rollups for months, the JSIC pairs
 * for flows), or — for the benchmark's baseline and the consistency tests — computed straight from the raw offers and
 * establishments with the same rules.
 */
@Injectable()
export class LiveFiguresReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Live figures of each month from `from` to `to` for the offices (null: all), zero-filled by the caller. */
  async months(
    from: string,
    to: string,
    officeIds: string[] | null,
    options: { fromRaw?: boolean; db?: Queryable } = {},
  ): Promise<Map<string, LiveMonth>> {
    const db = options.db ?? this.dataSource;
    const params = [firstDayOf(from), firstDayOf(addMonthsTo(to, 1)), officeIds];
    if (!options.fromRaw) {
      const rows: MonthRollupRow[] = await db.query(ROLLUP_MONTHS_SQL, params);
      return new Map(
        rows.map((r): [string, LiveMonth] => [
          r.ym,
          {
            receiving: { SECONDMENT: r.rs, TRANSFER: r.rt, EITHER: r.re },
            sending: { SECONDMENT: r.ss, TRANSFER: r.st, EITHER: r.se },
            establishedSecondment: r.es,
            establishedTransfer: r.et,
          },
        ]),
      );
    }
    const readOffers = (): Promise<OfferRow[]> => db.query(RAW_OFFERS_SQL, params);
    const readEstablished = (): Promise<EstablishedRow[]> => db.query(RAW_ESTABLISHED_SQL, params);
    // In parallel on the pool; one after the other on a transaction's single connection.
    const [offers, established] = options.db
      ? [await readOffers(), await readEstablished()]
      : await Promise.all([readOffers(), readEstablished()]);
    const byMonth = new Map<string, LiveMonth>();
    const monthOf = (ym: string): LiveMonth => {
      let month = byMonth.get(ym);
      if (!month) {
        month = {
          receiving: { ...NO_LIVE_FIGURES.receiving },
          sending: { ...NO_LIVE_FIGURES.sending },
          establishedSecondment: 0,
          establishedTransfer: 0,
        };
        byMonth.set(ym, month);
      }
      return month;
    };
    for (const row of offers) {
      const month = monthOf(row.ym);
      (row.side === 'SENDING' ? month.sending : month.receiving)[row.scope] += row.people;
    }
    for (const row of established) {
      const month = monthOf(row.ym);
      if (row.move_type === MoveType.SECONDMENT) month.establishedSecondment += row.people;
      else month.establishedTransfer += row.people;
    }
    return byMonth;
  }

  /** People established from `from` to `to` by sending × receiving JSIC major group (net of corrections). */
  async flows(
    from: string,
    to: string,
    moveType: MoveType | null,
    officeIds: string[] | null,
    options: { fromRaw?: boolean } = {},
  ): Promise<FlowCount[]> {
    const params = [firstDayOf(from), firstDayOf(addMonthsTo(to, 1)), moveType, officeIds];
    const rows: FlowCount[] = options.fromRaw
      ? await this.dataSource.query(
          `SELECT e."sending_jsic_code" AS "sendingJsicCode", e."receiving_jsic_code" AS "receivingJsicCode",
                  sum(e."people")::int AS "people"
             FROM "case_establishments" e
            WHERE e."occurred_on" >= $1::date AND e."occurred_on" < $2::date
              AND ($3::varchar IS NULL OR e."move_type" = $3::varchar)
              AND ($4::uuid[] IS NULL OR e."sending_office_id" = ANY($4::uuid[]))
            GROUP BY 1, 2`,
          params,
        )
      : await this.dataSource.query(
          `SELECT "sending_jsic_code" AS "sendingJsicCode", "receiving_jsic_code" AS "receivingJsicCode",
                  sum("people")::int AS "people"
             FROM "statistics_establishment_rollups"
            WHERE "year_month" >= $1::date AND "year_month" < $2::date
              AND ($3::varchar IS NULL OR "move_type" = $3::varchar)
              AND ($4::uuid[] IS NULL OR "office_id" = ANY($4::uuid[]))
            GROUP BY 1, 2`,
          params,
        );
    return rows.filter((row) => row.people !== 0);
  }
}
