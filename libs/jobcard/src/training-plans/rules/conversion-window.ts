// The conversion subsidy's application window (R-TR-22, spec §5.11): 転換後6ヶ月が経過し申請手続き(2ヶ月以内) (S003:35).
// [adopted §2.2] From the day after the 6-month period that starts on the conversion day, for 2 months.
import { addDays, isCalendarDay, monthsEnd } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { planError } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';

export interface DateWindow {
  /** First day (inclusive). */
  readonly from: string;
  /** Last day (inclusive). */
  readonly to: string;
}

/** [monthsEnd(convertedOn, 6) + 1, monthsEnd(that day, 2)]. */
export function conversionApplicationWindow(convertedOn: string): DateWindow {
  const from = addDays(monthsEnd(convertedOn, 6), 1);
  return { from, to: monthsEnd(from, 2) };
}

/**
 * An application day outside the window is an error (`field` names the application day's input). Days that are not
 * real dates give no finding here: the form that takes them reports them.
 */
export function validateConversionApplication(
  convertedOn: string,
  appliedOn: string,
  field = 'appliedOn',
): RuleFinding[] {
  if (!isCalendarDay(convertedOn) || !isCalendarDay(appliedOn)) return [];
  const window = conversionApplicationWindow(convertedOn);
  if (appliedOn >= window.from && appliedOn <= window.to) return [];
  return [
    planError(F.CONVERSION_APPLICATION_OUTSIDE_WINDOW, field, M.conversionOutsideWindow(appliedOn, window)),
  ];
}
