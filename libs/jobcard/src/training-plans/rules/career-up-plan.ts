// The career-up plan the training plan rests on (R-TR-4, spec §5.2): confirmed by the labour bureau (S001:144), about
// 3 to 5 years long (S001:156, 程度 → warning); [proposal] the training lies inside its period and its measures
// include 人材育成コース (the training plan is made "based on" it, S001:179; measures S001:171).
import { isCalendarDay, monthsEnd } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { normalizedText, planError, planWarning } from './plan-finding';
import { measurablePeriodLength, planPeriodMonths } from './plan-period';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import { type CareerUpPlan, HUMAN_RESOURCE_COURSE, type PlanPeriod } from './training-plan.types';

export const CAREER_UP_PLAN_SHORTEST_YEARS = 3;
export const CAREER_UP_PLAN_LONGEST_YEARS = 5;

function periodFindings(plan: CareerUpPlan, training: PlanPeriod): RuleFinding[] {
  const { start, end } = plan;
  const invalid = (['start', 'end'] as const)
    .filter((key) => !isCalendarDay(plan[key]))
    .map((key) =>
      planError(F.CAREER_UP_PLAN_DATE_INVALID, `careerUpPlan.${key}`, M.careerUpDateInvalid(key, plan[key])),
    );
  if (invalid.length > 0) return invalid;
  if (end < start) {
    return [
      planError(F.CAREER_UP_PLAN_END_BEFORE_START, 'careerUpPlan.end', M.careerUpEndBeforeStart(start, end)),
    ];
  }
  const findings: RuleFinding[] = [];
  const shortest = monthsEnd(start, 12 * CAREER_UP_PLAN_SHORTEST_YEARS);
  const longest = monthsEnd(start, 12 * CAREER_UP_PLAN_LONGEST_YEARS);
  if (end < shortest || end > longest) {
    const length = planPeriodMonths(start, end);
    findings.push(
      planWarning(F.CAREER_UP_PLAN_LENGTH_NOT_3_TO_5_YEARS, 'careerUpPlan.end', M.careerUpLength(length)),
    );
  }
  // Only a measurable training period can be placed; validatePeriod reports the others.
  if (measurablePeriodLength(training) !== null && (training.start < start || training.end > end)) {
    const field = training.start < start ? 'careerUpPlan.start' : 'careerUpPlan.end';
    findings.push(
      planError(F.CAREER_UP_PLAN_NOT_COVERING_TRAINING, field, M.careerUpNotCovering(plan, training)),
    );
  }
  return findings;
}

export function validateCareerUpPlan(plan: CareerUpPlan | null, training: PlanPeriod): RuleFinding[] {
  if (plan === null) return [planError(F.CAREER_UP_PLAN_MISSING, 'careerUpPlan', M.careerUpPlanMissing())];
  const hasHumanResourceCourse = plan.measures.some(
    (measure) => normalizedText(measure) === HUMAN_RESOURCE_COURSE,
  );
  return [
    ...periodFindings(plan, training),
    ...(hasHumanResourceCourse
      ? []
      : [
          planError(
            F.CAREER_UP_PLAN_WITHOUT_HUMAN_RESOURCE_COURSE,
            'careerUpPlan.measures',
            M.careerUpWithoutHumanResourceCourse(),
          ),
        ]),
  ];
}
