// Age and one-year periods as Japanese law counts them, on calendar days (YYYY-MM-DD) from @kakehashi/calendar.
//
// Age (年齢計算ニ関スル法律, applying 民法第143条): the day of birth counts as the first day, so one reaches n years at the
// end of the day before the n-th birthday; during that day one is still n-1. So the age on a day is the number of
// full years, rising ON the birthday (59 years and 364 days is 59). A 29 February birthday in a common year: the
// period ends at the end of 28 February (the month's last day), so the age rises on 1 March.
//
// One year after an event (民法第140条・第143条): the event's day does not count; the period starts the next day and ends
// at the end of the day before that day's anniversary (or, without one, at the end of that month). After leaving on
// 2025-11-20 the year runs to 2026-11-20: 365 days later is within it, 366 days later is not (366 is within only when
// the year holds a 29 February, as it then has 366 days).
import { addDays, addMonths } from '@kakehashi/calendar';

function dayOfMonth(day: string): number {
  return Number(day.slice(8, 10));
}

/** The first day on which a person born on `dateOfBirth` is `years` old. */
export function birthdayAt(dateOfBirth: string, years: number): string {
  const anniversary = addMonths(dateOfBirth, 12 * years);
  // addMonths keeps 29 February as 28 February in a common year; the age rises the day after.
  return dayOfMonth(anniversary) === dayOfMonth(dateOfBirth) ? anniversary : addDays(anniversary, 1);
}

/** Full years (満年齢) on `day`; the day must not be before the birth. */
export function ageOn(dateOfBirth: string, day: string): number {
  let years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  if (birthdayAt(dateOfBirth, years) > day) years -= 1;
  return years;
}

/** The last day within one year after `day` (the day itself not counted). */
export function lastDayWithinOneYearOf(day: string): string {
  const start = addDays(day, 1);
  const anniversary = addMonths(start, 12);
  // No anniversary of the start (29 February in a common year): the period ends on the month's last day.
  return dayOfMonth(anniversary) === dayOfMonth(start) ? addDays(anniversary, -1) : anniversary;
}
