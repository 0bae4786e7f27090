import { addDays, isCalendarDay } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import type { Evaluation, EvaluationPlanContext } from '../evaluation-sheet';
import { sheetFinding } from './sheet-text';

/** How early a final evaluation may be: "訓練修了時" (S001:1093) read as the last 14 days (spec §10 #24). */
export const FINAL_EVALUATION_WINDOW_DAYS = 14;

/**
 * R-ES-14: targets on or before the start day (spec §10 #23), the mid-term within the period, the final within the
 * last 14 days or after, and not before the mid-term. Plan dates are another rule's concern: without valid ones
 * nothing is compared.
 */
export function checkEvaluationDates(evaluation: Evaluation, plan: EvaluationPlanContext): RuleFinding[] {
  const { date } = evaluation;
  if (!isCalendarDay(date)) return [sheetFinding('EVALUATION_DATE_INVALID', 'date', date)];
  const { startDate: start, endDate: end } = plan;
  if (!isCalendarDay(start) || !isCalendarDay(end)) return [];
  switch (evaluation.moment) {
    case 'TARGETS':
      return date > start ? [sheetFinding('TARGETS_AFTER_START', 'date', date, start)] : [];
    case 'MIDTERM':
      return date < start || date > end
        ? [sheetFinding('MIDTERM_OUTSIDE_PERIOD', 'date', date, start, end)]
        : [];
    case 'FINAL': {
      const findings: RuleFinding[] = [];
      const earliest = addDays(end, -FINAL_EVALUATION_WINDOW_DAYS);
      if (date < earliest) findings.push(sheetFinding('FINAL_TOO_EARLY', 'date', date, end, earliest));
      const midterm = plan.midtermOn;
      if (midterm && isCalendarDay(midterm) && date < midterm) {
        findings.push(sheetFinding('FINAL_BEFORE_MIDTERM', 'date', date, midterm));
      }
      return findings;
    }
  }
}
