// Hours converted to a 6-month basis (R-TR-6, spec §5.5): 6か月当たりに換算した訓練時間数が425時間以上 (S001:182).
// [adopted] converted = total × 6 / months, months = n + r/30; compared exactly on integers.
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { ceilDiv, floorDiv } from './exact-division';
import { planError } from './plan-finding';
import { type PeriodLength, periodThirtieths } from './plan-period';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';

export const MINIMUM_MINUTES_PER_6_MONTHS = 425 * 60;

export interface ConvertedHours {
  /** The total converted to 6 months, in minutes rounded down: for display only. */
  readonly convertedMinutesPer6Months: number;
  /** The least total (minutes) that reaches 425 hours for this period: 425 × months / 6, rounded up. */
  readonly minimumTotalMinutes: number;
  /** totalMin × 6 × 30 ≥ 425 × 60 × (30n + r), exactly. */
  readonly sufficient: boolean;
}

export function convertedHours(totalMinutes: number, length: PeriodLength): ConvertedHours {
  const thirtieths = periodThirtieths(length);
  // total × 6 / (thirtieths / 30) = total × 180 / thirtieths.
  return {
    convertedMinutesPer6Months: floorDiv(totalMinutes * 180, thirtieths),
    minimumTotalMinutes: ceilDiv(MINIMUM_MINUTES_PER_6_MONTHS * thirtieths, 180),
    sufficient: totalMinutes * 6 * 30 >= MINIMUM_MINUTES_PER_6_MONTHS * thirtieths,
  };
}

/** R-TR-6 on the plan's total (OJT + counted Off-JT) over a measurable period. */
export function validateConvertedHours(totalMinutes: number, length: PeriodLength): RuleFinding[] {
  const converted = convertedHours(totalMinutes, length);
  if (converted.sufficient) return [];
  return [planError(F.PLAN_HOURS_BELOW_425, 'curriculum', M.hoursBelow425(converted, length, totalMinutes))];
}
