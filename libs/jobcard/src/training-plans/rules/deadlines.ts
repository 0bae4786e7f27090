// The plan's deadlines (spec §5.11, S001:191–242), counted by 民法 140/143 through monthsEnd (spec §2.2), and the
// findings on the dates already known: submission (R-TR-12, R-TR-16, R-TR-17) and the Job Card (R-TR-19).
import { addDays, addMonths, isCalendarDay, monthsEnd } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { planError, planWarning } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { TrainingPlanDraft } from './training-plan.types';

export interface PlanDeadlines {
  /** R-TR-16: 原則として訓練開始日の1か月前まで = addMonths(start, −1) (the spec's computation). */
  readonly recommendedSubmissionBy: string | null;
  /** R-TR-17: 提出日から6か月以内に開始 = monthsEnd(submittedOn + 1, 6); null until the plan is submitted. */
  readonly latestStart: string | null;
  /**
   * R-TR-18: Job Card 様式2・様式3 and the employment contract's copy by the day before the start; R-TR-19 (the Job
   * Card issued strictly before the start) ends on the same day.
   */
  readonly jobCardSheetsDue: string | null;
  /** R-TR-20: 訓練開始届, 訓練開始日の翌日から起算して1か月以内 = monthsEnd(start + 1, 1). */
  readonly startNoticeDue: string | null;
  /** R-TR-21: 支給申請, 訓練の終了日の翌日から起算して2か月以内 = monthsEnd(end + 1, 2). */
  readonly subsidyApplicationDue: string | null;
}

type DeadlineInput = Pick<TrainingPlanDraft, 'period' | 'submittedOn'>;

const validDay = (day: string | null): day is string => day !== null && isCalendarDay(day);

/** The deadlines that follow from the dates known so far (null where a date is missing or not a real day). */
export function planDeadlines(draft: DeadlineInput): PlanDeadlines {
  const { start, end } = draft.period;
  const startKnown = validDay(start);
  return {
    recommendedSubmissionBy: startKnown ? addMonths(start, -1) : null,
    latestStart: validDay(draft.submittedOn) ? monthsEnd(addDays(draft.submittedOn, 1), 6) : null,
    jobCardSheetsDue: startKnown ? addDays(start, -1) : null,
    startNoticeDue: startKnown ? monthsEnd(addDays(start, 1), 1) : null,
    subsidyApplicationDue: validDay(end) ? monthsEnd(addDays(end, 1), 2) : null,
  };
}

/** R-TR-12, R-TR-16, R-TR-17: a plan not yet submitted is judged as if submitted `today`. */
function submissionFindings(draft: DeadlineInput, start: string, today: string): RuleFinding[] {
  const submittedOn = draft.submittedOn;
  const recommended = addMonths(start, -1);
  if (submittedOn === null) {
    if (today >= start)
      return [planError(F.PLAN_NOT_SUBMITTED_BY_START, 'submittedOn', M.notSubmittedByStart(start))];
    if (today > recommended) {
      const source = F.PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START;
      return [
        planWarning(source, 'submittedOn', M.notYetSubmittedPastRecommended(today, recommended, start)),
      ];
    }
    return [];
  }
  if (!isCalendarDay(submittedOn)) {
    return [planError(F.SUBMISSION_DATE_INVALID, 'submittedOn', M.submittedOnInvalid(submittedOn))];
  }
  const findings: RuleFinding[] = [];
  if (submittedOn >= start) {
    // Certification must come before the training (S001:179), so the 1-month recommendation is moot.
    findings.push(
      planError(
        F.PLAN_SUBMITTED_ON_OR_AFTER_START,
        'submittedOn',
        M.submittedOnOrAfterStart(submittedOn, start),
      ),
    );
  } else if (submittedOn > recommended) {
    // 原則として: a warning (spec §5.11).
    const source = F.PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START;
    findings.push(planWarning(source, 'submittedOn', M.submittedLate(submittedOn, recommended, start)));
  }
  const latestStart = monthsEnd(addDays(submittedOn, 1), 6);
  if (start > latestStart) {
    const source = F.TRAINING_START_MORE_THAN_6_MONTHS_AFTER_SUBMISSION;
    findings.push(planError(source, 'period.start', M.startTooLate(start, submittedOn, latestStart)));
  }
  return findings;
}

/** R-TR-19: career consulting and the Job Card before the start, strictly (spec §10 #23); new graduates exempt. */
function jobCardFindings(draft: TrainingPlanDraft, start: string, today: string): RuleFinding[] {
  if (draft.newGraduateWithoutJobCard) return [];
  const issuedOn = draft.jobCardIssuedOn;
  if (issuedOn === null) {
    return today >= start
      ? [planError(F.JOB_CARD_MISSING_AT_START, 'jobCardIssuedOn', M.jobCardMissingAtStart(start))]
      : [];
  }
  if (!isCalendarDay(issuedOn)) {
    return [planError(F.JOB_CARD_DATE_INVALID, 'jobCardIssuedOn', M.jobCardDateInvalid(issuedOn))];
  }
  if (issuedOn >= start) {
    return [
      planError(
        F.JOB_CARD_NOT_ISSUED_BEFORE_START,
        'jobCardIssuedOn',
        M.jobCardNotBeforeStart(issuedOn, start),
      ),
    ];
  }
  return [];
}

/** The deadline findings; none while the start day is unknown (validatePeriod reports it). */
export function validateDeadlines(draft: TrainingPlanDraft, today: string): RuleFinding[] {
  const start = draft.period.start;
  if (!isCalendarDay(start)) return [];
  return [...submissionFindings(draft, start, today), ...jobCardFindings(draft, start, today)];
}
