import { addDays, addMonths } from '@kakehashi/calendar';

/**
 * The length of a contract from its first to its last day, in months started: 4/1–翌3/31 is 12, 1/15–7/14 is 6, and
 * 1/15–7/15 (one day more) is 7.
 */
export function contractMonths(startOn: string, endOn: string): number {
  let months = 0;
  while (addDays(addMonths(startOn, months), -1) < endOn) months += 1;
  return months;
}
