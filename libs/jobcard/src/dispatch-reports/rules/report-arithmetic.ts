// Exact integer arithmetic for the report: minutes and people in, hours shown to one decimal out (spec §2.1).
import { monthsEnd } from '@kakehashi/calendar';
import type { AverageHours, HoursFigure } from '../dispatch-report.types';

const MINUTES_PER_HOUR = 60;

/** ⌊n ÷ d⌋ for non-negative integers, corrected so a rounded floating-point quotient cannot cross an integer. */
export function floorDivide(n: number, d: number): number {
  let quotient = Math.floor(n / d);
  if (quotient * d > n) quotient -= 1;
  else if ((quotient + 1) * d <= n) quotient += 1;
  return quotient;
}

/** minutes ÷ (60 × people) hours to one decimal, rounded half up: tenths = ⌊(20·min + den) ÷ (2·den)⌋. */
function shownHours(minutes: number, people: number): string {
  const denominator = MINUTES_PER_HOUR * people;
  const tenths = floorDivide(20 * minutes + denominator, 2 * denominator);
  return `${floorDivide(tenths, 10)}.${tenths % 10}`;
}

export function hoursFigure(minutes: number): HoursFigure {
  return { minutes, shown: shownHours(minutes, 1) };
}

/** null when nobody attended: the form shows "—", never 0 or an error (spec R-DR-6 [proposal]). */
export function averageHours(minutes: number, people: number): AverageHours | null {
  if (people === 0) return null;
  return { minutes, people, shown: shownHours(minutes, people) };
}

/** The exact comparison minutes ÷ people < hours, without division. */
export function isBelowHours(average: AverageHours, hours: number): boolean {
  return average.minutes < hours * MINUTES_PER_HOUR * average.people;
}

/**
 * The worker's year of employment on a day (R-DR-9): year k ends on `monthsEnd(hiredOn, 12k)` (民法 143, as spec
 * §2.2), so the hire date's anniversary is the first day of the next year. null before the hire date. For a worker
 * hired on 29 February the year ends on 28 February, where addYears would end it a day earlier.
 */
export function tenureYearOf(hiredOn: string, day: string): number | null {
  if (day < hiredOn) return null;
  // Start a year or two early (never late): the loop then walks forward at most a couple of years.
  let year = Math.max(1, Number(day.slice(0, 4)) - Number(hiredOn.slice(0, 4)) - 1);
  while (day > monthsEnd(hiredOn, 12 * year)) year += 1;
  return year;
}
