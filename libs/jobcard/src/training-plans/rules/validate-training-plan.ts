// The whole training plan (訓練実施計画) checked at once: every finding in the spec's order (§5.1 … §5.11), the
// figures the form shows (computed, never typed) and the deadlines.
import { todayInJapan } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { validateCareerUpPlan } from './career-up-plan';
import { convertedHours, validateConvertedHours } from './converted-hours';
import { curriculumTotals, validateCurriculumRows } from './curriculum';
import { type PlanDeadlines, planDeadlines, validateDeadlines } from './deadlines';
import { validateOffJtLecturers } from './off-jt-lecturers';
import { validateOffJtUnits } from './off-jt-units';
import { ojtSharePermille, validateOjtShare } from './ojt-share';
import { validateDispatchCompanies, validatePostCompletionHandling } from './plan-parties';
import { measurablePeriodLength, validatePeriod } from './plan-period';
import { validateRoles } from './roles';
import type { TrainingPlanDraft } from './training-plan.types';

export interface TrainingPlanFigures {
  /** OJT計. */
  readonly ojtMinutes: number;
  /** Off-JT計 as counted (R-TR-13). */
  readonly offJtMinutes: number;
  /** Off-JT as attended, before the unit-time rule. */
  readonly offJtAttendedMinutes: number;
  /** 有期実習型訓練合計. */
  readonly totalMinutes: number;
  /** The period's length (spec §5.5): n months and r days; null while the period cannot be measured. */
  readonly periodMonths: number | null;
  readonly periodDays: number | null;
  /** The total converted to 6 months, minutes rounded down (display; the rule compares exactly). */
  readonly convertedMinutesPer6Months: number | null;
  /** The least total reaching 425 converted hours over this period, minutes rounded up. */
  readonly minimumTotalMinutes: number | null;
  /** OJT share in tenths of a percent, rounded half up (800 = 80.0 %); null without hours. */
  readonly ojtSharePermille: number | null;
}

export interface TrainingPlanValidation {
  readonly findings: readonly RuleFinding[];
  readonly figures: TrainingPlanFigures;
  readonly deadlines: PlanDeadlines;
}

/** `today` (YYYY-MM-DD, Japan) judges what is not yet dated: an unsubmitted plan, a Job Card still missing. */
export function validateTrainingPlan(
  draft: TrainingPlanDraft,
  today: string = todayInJapan(),
): TrainingPlanValidation {
  const totals = curriculumTotals(draft.curriculum);
  const length = measurablePeriodLength(draft.period);
  const converted = length === null ? null : convertedHours(totals.totalMinutes, length);
  const findings = [
    ...validateDispatchCompanies(draft), // §5.1 R-TR-2
    ...validateCareerUpPlan(draft.careerUpPlan, draft.period), // §5.2 R-TR-4
    ...validatePostCompletionHandling(draft.postCompletionHandling), // §5.3 R-TR-11
    ...validatePeriod(draft.period), // §5.4 R-TR-7
    ...(length === null ? [] : validateConvertedHours(totals.totalMinutes, length)), // §5.5 R-TR-6
    ...validateOjtShare(totals), // §5.6 R-TR-5
    ...validateOffJtUnits(draft.curriculum), // §5.7 R-TR-13
    ...validateOffJtLecturers(draft.curriculum), // §5.7 R-TR-14
    ...validateCurriculumRows(draft.curriculum), // §5.8 R-TR-8
    ...validateRoles(draft.roles, draft.roleOverrideReason), // §5.9 R-TR-10, R-TR-15
    ...validateDeadlines(draft, today), // §5.11 R-TR-12, R-TR-16, R-TR-17, R-TR-19
  ];
  return {
    findings,
    figures: {
      ojtMinutes: totals.ojtMinutes,
      offJtMinutes: totals.offJtMinutes,
      offJtAttendedMinutes: totals.offJtAttendedMinutes,
      totalMinutes: totals.totalMinutes,
      periodMonths: length?.months ?? null,
      periodDays: length?.days ?? null,
      convertedMinutesPer6Months: converted?.convertedMinutesPer6Months ?? null,
      minimumTotalMinutes: converted?.minimumTotalMinutes ?? null,
      ojtSharePermille: ojtSharePermille(totals),
    },
    deadlines: planDeadlines(draft),
  };
}
