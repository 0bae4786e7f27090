import { FIRST_YEAR, LAST_YEAR } from '@kakehashi/calendar';

// The Job Card's work history is kept by month (YYYY-MM), so the eligibility windows count whole calendar months. A
// month is handled as one integer (year × 12 + month − 1) so that windows and lengths are exact integer arithmetic.

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** The month's index, or null when `value` is not a real month written YYYY-MM in FIRST_YEAR..LAST_YEAR. */
export function monthIndex(value: string): number | null {
  const match = YEAR_MONTH.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

/** The month of a YYYY-MM-DD day, as an index. */
export function monthIndexOfDay(day: string): number {
  const index = monthIndex(day.slice(0, 7));
  if (index === null) throw new Error(`not a calendar date (YYYY-MM-DD): ${day}`);
  return index;
}

/** The index back as YYYY-MM. */
export function yearMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Both ends included: 2020-04 to 2022-03 is 24 months. */
export interface MonthSpan {
  readonly from: number;
  readonly to: number;
}

/** The months of `span` inside `window`, or null when they share none. */
export function clipSpan(span: MonthSpan, window: MonthSpan): MonthSpan | null {
  const from = Math.max(span.from, window.from);
  const to = Math.min(span.to, window.to);
  return from <= to ? { from, to } : null;
}

export const spanLength = (span: MonthSpan): number => span.to - span.from + 1;
