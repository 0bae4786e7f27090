import { isCalendarDay } from './calendar-date';

/**
 * The fiscal year (年度, 1 April – 31 March) a day falls in, named by the year it begins: 2026-03-31 is FY2025,
 * 2026-04-01 is FY2026. (Statistics has its own for YYYY-MM months; this one takes a day.)
 */
export function fiscalYearOf(day: string): number {
  if (!isCalendarDay(day)) throw new Error(`not a calendar date (YYYY-MM-DD): ${day}`);
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 4 ? year : year - 1;
}
