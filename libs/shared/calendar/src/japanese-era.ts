// Days and fiscal years as Japanese readers expect them: the Western year first, the era year (和暦) beside it —
// 2026年12月6日（令和8年）, 2026年度（令和8年度）. The eras are a table rather than Intl's Japanese calendar: the
// result must not depend on the ICU data of the machine (a small-ICU Node or an old browser writes 1 instead of 元,
// or no era at all). japanese-era.spec.ts checks the table against Intl day by day where Intl knows the eras.
import { isCalendarDay, japaneseDate } from './calendar-date';

interface Era {
  name: string;
  /** The first day of the era (YYYY-MM-DD). */
  from: string;
}

/** Newest first. Every day of FIRST_YEAR..LAST_YEAR falls in one of them. */
const ERAS: readonly Era[] = [
  { name: '令和', from: '2019-05-01' },
  { name: '平成', from: '1989-01-08' },
  { name: '昭和', from: '1926-12-25' },
  { name: '大正', from: '1912-07-30' },
  { name: '明治', from: '1868-10-23' },
];

function calendarDay(day: string): string {
  if (!isCalendarDay(day)) throw new Error(`not a calendar date (YYYY-MM-DD): ${day}`);
  return day;
}

function eraOf(day: string): { name: string; year: number } {
  const era = ERAS.find((candidate) => day >= candidate.from);
  if (!era) throw new Error(`no Japanese era before 明治: ${day}`);
  return { name: era.name, year: Number(day.slice(0, 4)) - Number(era.from.slice(0, 4)) + 1 };
}

/** The first year of an era is 元年, not 1年. */
function eraYearText(year: number): string {
  return year === 1 ? '元' : String(year);
}

/** The era year of a day: 令和8年 (2026-12-06), 令和元年 (2019-05-01), 平成31年 (2019-04-30). */
export function japaneseEraYear(day: string): string {
  const era = eraOf(calendarDay(day));
  return `${era.name}${eraYearText(era.year)}年`;
}

/** A day wholly in the era calendar: 令和8年12月6日. */
export function japaneseEraDate(day: string): string {
  const [, m, d] = calendarDay(day).split('-').map(Number);
  return `${japaneseEraYear(day)}${m}月${d}日`;
}

/** A day for display: 2026年12月6日（令和8年）; 2019-05-01 is 2019年5月1日（令和元年）. */
export function formatJapaneseDate(day: string): string {
  return `${japaneseDate(calendarDay(day))}（${japaneseEraYear(day)}）`;
}

/**
 * A fiscal year (April to March) in the era calendar: 令和8年度 (FY2026). It is named by the era in force for most of
 * it, so FY2019 (from April 2019, still 平成31年) is 令和元年度, as the government and the Center name it, while FY1988
 * (平成 began in January 1989) stays 昭和63年度: the era on 1 October, the middle of the year, decides.
 */
export function japaneseEraFiscalYear(fiscalYear: number): string {
  if (!Number.isInteger(fiscalYear)) throw new Error(`not a fiscal year: ${fiscalYear}`);
  const middle = calendarDay(`${String(fiscalYear).padStart(4, '0')}-10-01`);
  const era = ERAS.find((candidate) => middle >= candidate.from);
  if (!era) throw new Error(`no Japanese era before 明治: ${fiscalYear}`);
  return `${era.name}${eraYearText(fiscalYear - Number(era.from.slice(0, 4)) + 1)}年度`;
}

/** A fiscal year for display: 2026年度（令和8年度）. */
export function formatFiscalYear(fiscalYear: number): string {
  return `${fiscalYear}年度（${japaneseEraFiscalYear(fiscalYear)}）`;
}
