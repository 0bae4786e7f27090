import { readSeedCsv } from '@kakehashi/database';
import type { DataSource } from 'typeorm';
import { firstDayOf, isYearMonth, yearMonthOf } from '../periods/year-month';

const SOURCE = '産業雇用安定センター パンフレット (shared/seeds/004_ecfb2253cccecfc0.txt)';
export const STATISTICS_SEED_FILES = {
  annual: 'statistics/annual-results.csv',
  monthly: 'statistics/monthly-secondment.csv',
  industries: 'statistics/industry-highlights-fy2022.csv',
  crossIndustry: 'statistics/cross-industry-shares.csv',
} as const;

export interface PublishedYearRow {
  fiscal_year: number;
  source_label: string;
  months_covered: number;
  secondment_established: number;
  transfer_established: number;
  total_established: number;
  receiving_info: number;
  sending_info: number;
  preliminary: boolean;
  source: string;
}

export interface PublishedMonthRow {
  year_month: string;
  fiscal_year: number;
  secondment_established: number;
  secondment_receiving_info: number | null;
  secondment_sending_info: number | null;
  preliminary: boolean;
  source: string;
}

/** A count in a seed file: a non-negative integer (thousands separators not allowed). */
function count(value: string | undefined, where: string, column: string): number {
  if (!value || !/^\d+$/.test(value)) throw new Error(`${where}: ${column} is not a count (${value ?? ''})`);
  return Number(value);
}

function optionalCount(value: string | undefined, where: string, column: string): number | null {
  return value ? count(value, where, column) : null;
}

function flag(value: string | undefined, where: string): boolean {
  if (value !== 'true' && value !== 'false') throw new Error(`${where}: preliminary must be true or false`);
  return value === 'true';
}

/** The published annual results, checked (a bad row is a bug in the CSV, reported by file and row). */
export function readPublishedYears(): PublishedYearRow[] {
  return readSeedCsv(STATISTICS_SEED_FILES.annual).map((row, index) => {
    const where = `prisma/seed/${STATISTICS_SEED_FILES.annual} row ${index + 1}`;
    const parsed: PublishedYearRow = {
      fiscal_year: count(row['fiscal_year'], where, 'fiscal_year'),
      source_label: row['seed_label'] ?? '',
      months_covered: count(row['months_covered'], where, 'months_covered'),
      secondment_established: count(row['secondment_established'], where, 'secondment_established'),
      transfer_established: count(row['transfer_established'], where, 'transfer_established'),
      total_established: count(row['total_established'], where, 'total_established'),
      receiving_info: count(row['receiving_info'], where, 'receiving_info'),
      sending_info: count(row['sending_info'], where, 'sending_info'),
      preliminary: flag(row['preliminary'], where),
      source: `${SOURCE}「出向・移籍の実績の推移」(表の見出し ${row['seed_label'] ?? ''})`,
    };
    if (parsed.total_established !== parsed.secondment_established + parsed.transfer_established) {
      throw new Error(`${where}: total_established is not secondment + transfer`);
    }
    if (parsed.months_covered < 1 || parsed.months_covered > 12) throw new Error(`${where}: months_covered`);
    return parsed;
  });
}

/** The published monthly secondment series, checked (month, fiscal year and month number agree). */
export function readPublishedMonths(): PublishedMonthRow[] {
  return readSeedCsv(STATISTICS_SEED_FILES.monthly).map((row, index) => {
    const where = `prisma/seed/${STATISTICS_SEED_FILES.monthly} row ${index + 1}`;
    const fiscalYear = count(row['fiscal_year'], where, 'fiscal_year');
    const month = count(row['month'], where, 'month');
    const yearMonth = row['year_month'] ?? '';
    if (
      !isYearMonth(yearMonth) ||
      yearMonth !== yearMonthOf(month >= 4 ? fiscalYear : fiscalYear + 1, month)
    ) {
      throw new Error(`${where}: year_month ${yearMonth} is not month ${month} of fiscal year ${fiscalYear}`);
    }
    return {
      year_month: yearMonth,
      fiscal_year: fiscalYear,
      secondment_established: count(row['established'], where, 'established'),
      secondment_receiving_info: optionalCount(row['receiving_info'], where, 'receiving_info'),
      secondment_sending_info: optionalCount(row['sending_info'], where, 'sending_info'),
      preliminary: flag(row['preliminary'], where),
      source: `${SOURCE}「在籍型出向の月別成立数の推移」「在籍型出向に係る受入情報・送出情報・成立数の月別推移」`,
    };
  });
}

function industryRows() {
  return readSeedCsv(STATISTICS_SEED_FILES.industries).map((row, index) => {
    const where = `prisma/seed/${STATISTICS_SEED_FILES.industries} row ${index + 1}`;
    const side = (row['side'] ?? '').toUpperCase();
    if (side !== 'SENDING' && side !== 'RECEIVING')
      throw new Error(`${where}: side must be sending or receiving`);
    if (!isYearMonth(row['period_from'] ?? '') || !isYearMonth(row['period_to'] ?? '')) {
      throw new Error(`${where}: period_from and period_to are months (YYYY-MM)`);
    }
    if (!/^[A-T]$/.test(row['jsic_code'] ?? '')) throw new Error(`${where}: jsic_code`);
    return {
      period_from: firstDayOf(row['period_from'] as string),
      period_to: firstDayOf(row['period_to'] as string),
      side,
      rank: count(row['rank'], where, 'rank'),
      jsic_code: row['jsic_code'],
      people: count(row['established'], where, 'established'),
      source: `${SOURCE}「在籍型出向に係る業種間の成立状況」`,
    };
  });
}

function crossIndustryRows() {
  return readSeedCsv(STATISTICS_SEED_FILES.crossIndustry).map((row, index) => {
    const where = `prisma/seed/${STATISTICS_SEED_FILES.crossIndustry} row ${index + 1}`;
    if (!isYearMonth(row['period_from'] ?? '') || !isYearMonth(row['period_to'] ?? '')) {
      throw new Error(`${where}: period_from and period_to are months (YYYY-MM)`);
    }
    if (!/^\d{1,3}\.\d$/.test(row['share_percent'] ?? '')) throw new Error(`${where}: share_percent`);
    return {
      period_from: firstDayOf(row['period_from'] as string),
      period_to: firstDayOf(row['period_to'] as string),
      share_percent: row['share_percent'],
      source: `${SOURCE}「異なる業種間で成立した割合」`,
    };
  });
}

/**
 * The Center's published figures (prisma/seed/statistics/*.csv) as the statistics' history: reference data, loaded
 * after every migration (production included). Upserted, so a revised publication (e.g. FY2022's preliminary months
 * made final) replaces the old figures and a second run changes nothing. Needs the JSIC groups (organisations'
 * reference data) first. Raw SQL because it runs on the entity-less DataSource of the CLI.
 */
export async function seedStatisticsReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  const years = readPublishedYears();
  const months = readPublishedMonths();
  const industries = industryRows();
  const shares = crossIndustryRows();
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO "statistics_published_years"
         ("fiscal_year", "source_label", "months_covered", "secondment_established", "transfer_established",
          "total_established", "receiving_info", "sending_info", "preliminary", "source")
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("fiscal_year" smallint, "source_label" varchar,
              "months_covered" smallint, "secondment_established" int, "transfer_established" int,
              "total_established" int, "receiving_info" int, "sending_info" int, "preliminary" boolean, "source" text)
       ON CONFLICT ("fiscal_year") DO UPDATE SET
         "source_label" = EXCLUDED."source_label", "months_covered" = EXCLUDED."months_covered",
         "secondment_established" = EXCLUDED."secondment_established",
         "transfer_established" = EXCLUDED."transfer_established", "total_established" = EXCLUDED."total_established",
         "receiving_info" = EXCLUDED."receiving_info", "sending_info" = EXCLUDED."sending_info",
         "preliminary" = EXCLUDED."preliminary", "source" = EXCLUDED."source"`,
      [JSON.stringify(years)],
    );
    await manager.query(
      `INSERT INTO "statistics_published_months"
         ("year_month", "secondment_established", "secondment_receiving_info", "secondment_sending_info",
          "preliminary", "source")
       SELECT ("year_month" || '-01')::date, "secondment_established", "secondment_receiving_info",
              "secondment_sending_info", "preliminary", "source"
         FROM jsonb_to_recordset($1::jsonb) AS r("year_month" text, "secondment_established" int,
              "secondment_receiving_info" int, "secondment_sending_info" int, "preliminary" boolean, "source" text)
       ON CONFLICT ("year_month") DO UPDATE SET
         "secondment_established" = EXCLUDED."secondment_established",
         "secondment_receiving_info" = EXCLUDED."secondment_receiving_info",
         "secondment_sending_info" = EXCLUDED."secondment_sending_info",
         "preliminary" = EXCLUDED."preliminary", "source" = EXCLUDED."source"`,
      [JSON.stringify(months)],
    );
    await manager.query(
      `INSERT INTO "statistics_published_industries"
         ("period_from", "period_to", "side", "rank", "jsic_code", "people", "source")
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("period_from" date, "period_to" date, "side" varchar,
              "rank" smallint, "jsic_code" char(1), "people" int, "source" text)
       ON CONFLICT ("period_from", "period_to", "side", "rank") DO UPDATE SET
         "jsic_code" = EXCLUDED."jsic_code", "people" = EXCLUDED."people", "source" = EXCLUDED."source"`,
      [JSON.stringify(industries)],
    );
    await manager.query(
      `INSERT INTO "statistics_published_cross_industry" ("period_from", "period_to", "share_percent", "source")
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r("period_from" date, "period_to" date,
              "share_percent" numeric, "source" text)
       ON CONFLICT ("period_from", "period_to") DO UPDATE SET
         "share_percent" = EXCLUDED."share_percent", "source" = EXCLUDED."source"`,
      [JSON.stringify(shares)],
    );
  });
  return {
    publishedYears: years.length,
    publishedMonths: months.length,
    publishedIndustries: industries.length,
    publishedCrossIndustryShares: shares.length,
  };
}
