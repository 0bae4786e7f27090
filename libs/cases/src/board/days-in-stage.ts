import { daysBetween, todayInJapan } from '@kakehashi/calendar';

/**
 * Whole calendar days in Japan since the case entered its stage: 0 on the day it moved, 1 the next day, whatever the
 * hour. The board's "stuck for more than N days" filter counts the same way (see case-filter.ts).
 */
export function daysInStage(stageEnteredAt: Date, now: Date = new Date()): number {
  return Math.max(0, daysBetween(todayInJapan(stageEnteredAt), todayInJapan(now)));
}
