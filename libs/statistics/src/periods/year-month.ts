// Months as the statistics write them: 'YYYY-MM' strings (they compare as strings), and fiscal years (年度) that run
// April to March: FY2022 = 2022-04 .. 2023-03 = 令和4年度.
import { japaneseEraFiscalYear, japaneseEraYear } from '@kakehashi/calendar';

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

function parts(yearMonth: string): { year: number; month: number } {
  const match = YEAR_MONTH.exec(yearMonth);
  if (!match) throw new Error(`not a month (YYYY-MM): ${yearMonth}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function yearMonthOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonthsTo(yearMonth: string, months: number): string {
  const { year, month } = parts(yearMonth);
  const index = year * 12 + (month - 1) + months;
  return yearMonthOf(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `from` to `to`, both included (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonthsTo(m, 1)) months.push(m);
  return months;
}

/** The fiscal year a month belongs to: January-March belong to the year that began the April before. */
export function fiscalYearOf(yearMonth: string): number {
  const { year, month } = parts(yearMonth);
  return month >= 4 ? year : year - 1;
}

export function monthNumberOf(yearMonth: string): number {
  return parts(yearMonth).month;
}

export function firstMonthOfFiscalYear(fiscalYear: number): string {
  return yearMonthOf(fiscalYear, 4);
}

export function lastMonthOfFiscalYear(fiscalYear: number): string {
  return yearMonthOf(fiscalYear + 1, 3);
}

/** April to March. */
export function monthsOfFiscalYear(fiscalYear: number): string[] {
  return monthsBetween(firstMonthOfFiscalYear(fiscalYear), lastMonthOfFiscalYear(fiscalYear));
}

/** The first day of the month, as the database stores months. */
export function firstDayOf(yearMonth: string): string {
  parts(yearMonth);
  return `${yearMonth}-01`;
}

/** 2022年度 */
export function fiscalYearLabel(fiscalYear: number): string {
  return `${fiscalYear}年度`;
}

/** The fiscal year in the Japanese era: 令和4年度 (FY2022); FY2019 is 令和元年度 (see japaneseEraFiscalYear). */
export function fiscalYearEraLabel(fiscalYear: number): string {
  return japaneseEraFiscalYear(fiscalYear);
}

/** 2022年4月 */
export function monthLabel(yearMonth: string): string {
  const { year, month } = parts(yearMonth);
  return `${year}年${month}月`;
}

/** The month in the Japanese era: 令和4年4月; April 2019 is 平成31年4月 (令和 began on 1 May 2019). */
export function monthEraLabel(yearMonth: string): string {
  const { month } = parts(yearMonth);
  return `${japaneseEraYear(`${yearMonth}-01`)}${month}月`;
}

/** 2022年4月～2023年1月, or one month alone. */
export function periodLabel(from: string, to: string): string {
  return from === to ? monthLabel(from) : `${monthLabel(from)}～${monthLabel(to)}`;
}

/** Consecutive runs of the given months (sorted), for notes such as 2022年4月～2023年1月. */
export function monthRuns(months: string[]): { from: string; to: string }[] {
  const sorted = [...new Set(months)].sort();
  const runs: { from: string; to: string }[] = [];
  for (const month of sorted) {
    const last = runs[runs.length - 1];
    if (last && addMonthsTo(last.to, 1) === month) last.to = month;
    else runs.push({ from: month, to: month });
  }
  return runs;
}

export function runsLabel(months: string[]): string {
  return monthRuns(months)
    .map((run) => periodLabel(run.from, run.to))
    .join('、');
}
