// The OJT share (R-TR-5, spec §5.6): OJT and Off-JT combined, OJT 1割以上9割以下 of the total (S001:181), both
// bounds inclusive, compared on integers.
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { floorDiv } from './exact-division';
import { planError } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';

export interface PlanMinutes {
  readonly ojtMinutes: number;
  /** Off-JT as counted (R-TR-13). */
  readonly offJtMinutes: number;
}

/**
 * The OJT share in tenths of a percent, rounded half up as the spec's tables show it (200 / 213 → 939 = 93.9 %); null
 * without any hours. Display only: the rule compares the minutes exactly.
 */
export function ojtSharePermille({ ojtMinutes, offJtMinutes }: PlanMinutes): number | null {
  const total = ojtMinutes + offJtMinutes;
  return total === 0 ? null : floorDiv(2000 * ojtMinutes + total, 2 * total);
}

export function validateOjtShare(minutes: PlanMinutes): RuleFinding[] {
  const { ojtMinutes, offJtMinutes } = minutes;
  // Both kinds must be there (組み合わせた訓練); a missing kind is said once, not again as a 0 % or 100 % share.
  const missing = [
    ...(ojtMinutes === 0 ? [planError(F.OJT_MISSING, 'curriculum', M.ojtMissing())] : []),
    ...(offJtMinutes === 0 ? [planError(F.OFF_JT_MISSING, 'curriculum', M.offJtMissing())] : []),
  ];
  if (missing.length > 0) return missing;
  const total = ojtMinutes + offJtMinutes;
  const shown = ojtSharePermille(minutes) ?? 0;
  if (10 * ojtMinutes < total) {
    return [planError(F.OJT_SHARE_BELOW_10_PERCENT, 'curriculum', M.shareBelow10(shown, ojtMinutes, total))];
  }
  if (10 * ojtMinutes > 9 * total) {
    return [planError(F.OJT_SHARE_ABOVE_90_PERCENT, 'curriculum', M.shareAbove90(shown, ojtMinutes, total))];
  }
  return [];
}
