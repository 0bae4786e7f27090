// The training period (R-TR-7, spec §5.4) and its length in months and days (spec §5.5), counted by 民法 140/143
// through monthsEnd (spec §2.2).
import { daysBetween, isCalendarDay, monthsEnd } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { isFilled, planError } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { PlanPeriod } from './training-plan.types';

/** n whole months and r days: n the largest with monthsEnd(start, n) ≤ end, r the days after it up to end. */
export interface PeriodLength {
  readonly months: number;
  readonly days: number;
}

export const MINIMUM_PERIOD_MONTHS = 3;
export const MAXIMUM_PERIOD_MONTHS = 6;
export const MAXIMUM_PERIOD_MONTHS_WITH_SPECIAL_REASON = 12;

/** The length of a period from `start` to `end`, both inclusive (spec §5.5). `end` must not be before `start`. */
export function planPeriodMonths(start: string, end: string): PeriodLength {
  if (end < start) throw new RangeError(`the period ends (${end}) before it starts (${start})`);
  // Start from the calendar-month difference and correct by one or two: monthsEnd(start, 0) is the day before start.
  const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  let months = Math.max(0, monthIndex(end) - monthIndex(start));
  while (months > 0 && monthsEnd(start, months) > end) months -= 1;
  while (monthsEnd(start, months + 1) <= end) months += 1;
  return { months, days: daysBetween(monthsEnd(start, months), end) };
}

/** The length in thirtieths of a month (30n + r, spec §5.5: a part month counts days / 30). */
export const periodThirtieths = (length: PeriodLength): number => 30 * length.months + length.days;

/** The period's length when both days are real and in order; null when it cannot be measured. */
export function measurablePeriodLength(period: PlanPeriod): PeriodLength | null {
  if (!isCalendarDay(period.start) || !isCalendarDay(period.end) || period.end < period.start) return null;
  return planPeriodMonths(period.start, period.end);
}

/** R-TR-7: at least 3 months, at most 6 months, or at most 1 year with a special reason (S001:183). */
export function validatePeriod(period: PlanPeriod): RuleFinding[] {
  const { start, end } = period;
  const invalid = [
    ...(isCalendarDay(start)
      ? []
      : [planError(F.PERIOD_DATE_INVALID, 'period.start', M.periodStartInvalid(start))]),
    ...(isCalendarDay(end) ? [] : [planError(F.PERIOD_DATE_INVALID, 'period.end', M.periodEndInvalid(end))]),
  ];
  if (invalid.length > 0) return invalid;
  if (end < start)
    return [planError(F.PERIOD_END_BEFORE_START, 'period.end', M.periodEndBeforeStart(start, end))];
  const length = planPeriodMonths(start, end);
  const shortest = monthsEnd(start, MINIMUM_PERIOD_MONTHS);
  if (end < shortest) {
    return [planError(F.PERIOD_SHORTER_THAN_3_MONTHS, 'period.end', M.periodTooShort(length, shortest))];
  }
  const longest = monthsEnd(start, MAXIMUM_PERIOD_MONTHS);
  const longestWithReason = monthsEnd(start, MAXIMUM_PERIOD_MONTHS_WITH_SPECIAL_REASON);
  if (end > longestWithReason) {
    return [
      planError(F.PERIOD_LONGER_THAN_1_YEAR, 'period.end', M.periodLongerThanYear(length, longestWithReason)),
    ];
  }
  if (end > longest && !isFilled(period.specialReason)) {
    return [
      planError(
        F.PERIOD_LONGER_THAN_6_MONTHS,
        'period.end',
        M.periodTooLong(length, longest, longestWithReason),
      ),
    ];
  }
  return [];
}
