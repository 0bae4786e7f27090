import { addDays, addMonths, monthsEnd } from '@kakehashi/calendar';
import { hasErrors, ruleFinding, type FindingSeverity, type RuleFinding } from '../../shared/rule-finding';
import { ELIGIBILITY_MESSAGES as M } from '../eligibility.messages';
import type { TraineeFacts } from './trainee-facts';
import {
  historySpans,
  longestContinuousRegular,
  regularMonthsInField,
  regularSpansWithoutField,
  type ContinuousRun,
  type HistorySpan,
} from './work-history';
import { monthIndexOfDay, type MonthSpan, yearMonth } from './year-month';

// Whether a person can be the trainee of a fixed-term practical training (spec §5.12, R-EL-1..R-EL-5): the union of
// seed 001 (S001:112–138) and seed 003 (S003:21–27). Dates in the facts are valid YYYY-MM-DD days (the inputs check
// their format); the work history's months are checked here, as they are typed on the Job Card.

/** Both ends included, as YYYY-MM. */
export interface MonthWindow {
  readonly from: string;
  readonly to: string;
}

export interface TraineeEligibility {
  /** No error among the findings (warnings, such as an acknowledged おおむね threshold, do not block). */
  readonly eligible: boolean;
  readonly findings: readonly RuleFinding[];
  readonly figures: {
    readonly regularMonthsInFieldWithin5Years: number;
    readonly longestContinuousRegularAtOneCompanyWithin10Years: number;
    readonly window5: MonthWindow;
    readonly window10: MonthWindow;
  };
}

/** "おおむね3年" and "おおむね6年" taken exactly (spec §10 #8), in months. */
export const REGULAR_IN_FIELD_LIMIT_MONTHS = 36;
export const CONTINUOUS_REGULAR_LIMIT_MONTHS = 72;

const finding = ruleFinding;

const windowOf = (span: MonthSpan): MonthWindow => ({ from: yearMonth(span.from), to: yearMonth(span.to) });

export function traineeEligibility(facts: TraineeFacts): TraineeEligibility {
  // The windows are the 60 and 120 calendar months before the month of the training start (spec §5.12 [proposal]).
  const startMonth = monthIndexOfDay(facts.trainingStart);
  const window5 = { from: startMonth - 60, to: startMonth - 1 };
  const window10 = { from: startMonth - 120, to: startMonth - 1 };
  const { spans, findings: historyFindings } = historySpans(facts.history, startMonth - 1);
  const inField = regularMonthsInField(spans, facts.trainingField, window5);
  const longest = longestContinuousRegular(spans, window10);
  const findings = [
    ...historyFindings,
    ...experienceFindings(facts, spans, { inField, window5, longest }),
    ...jobCardFindings(facts),
    ...employmentFindings(facts),
    ...exclusionFindings(facts),
  ];
  return {
    eligible: !hasErrors(findings),
    findings,
    figures: {
      regularMonthsInFieldWithin5Years: inField,
      longestContinuousRegularAtOneCompanyWithin10Years: longest?.months ?? 0,
      window5: windowOf(window5),
      window10: windowOf(window10),
    },
  };
}

/** R-EL-1's two おおむね thresholds: errors, or warnings once the consultant has recorded a reason (spec §2.3). */
function experienceFindings(
  facts: TraineeFacts,
  spans: readonly HistorySpan[],
  counts: { inField: number; window5: MonthSpan; longest: ContinuousRun | null },
): RuleFinding[] {
  const reason = facts.overrideReason?.trim() ?? '';
  const severity: FindingSeverity = reason === '' ? 'ERROR' : 'WARNING';
  const suffix = reason === '' ? '' : M.overridden(reason);
  const findings: RuleFinding[] = [];
  const { inField, window5, longest } = counts;
  if (inField >= REGULAR_IN_FIELD_LIMIT_MONTHS) {
    const w = windowOf(window5);
    const message = M.cumulativeRegularInField(inField, w.from, w.to, facts.trainingField.trim()) + suffix;
    findings.push(finding('REGULAR_IN_FIELD_3_YEARS', 'history', message, 'R-EL-1', 'S003:24', severity));
  }
  if (longest !== null && longest.months >= CONTINUOUS_REGULAR_LIMIT_MONTHS) {
    const w = windowOf(longest.inside);
    const message =
      M.continuousRegularAtOneCompany(longest.months, longest.companyName, w.from, w.to) + suffix;
    const field = `history.${longest.index}`;
    findings.push(finding('CONTINUOUS_REGULAR_6_YEARS', field, message, 'R-EL-1', 'S003:25', severity));
  }
  for (const span of regularSpansWithoutField(spans, window5)) {
    const message = M.historyFieldMissing(span.entry.companyName);
    const field = `history.${span.index}.field`;
    findings.push(finding('HISTORY_FIELD_MISSING', field, message, 'R-EL-1', 'S003:24', 'WARNING'));
  }
  return findings;
}

/**
 * R-EL-1's Job Card: issued before the training starts (S001:212 "訓練を開始するまでに"; spec §10 #23) by either issuer
 * kind (spec §10 #6), with the issuer's judgement. An expected new graduate's Job Card may be omitted (S001:120); the
 * judgement is still asked for, as the seed omits only the card.
 */
function jobCardFindings(facts: TraineeFacts): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const cardMayBeOmitted = facts.dayStudent && facts.expectedGraduationOn !== null;
  if (facts.jobCardIssuedOn === null) {
    if (!cardMayBeOmitted) {
      findings.push(
        finding('JOB_CARD_NOT_ISSUED', 'jobCardIssuedOn', M.jobCardNotIssued(), 'R-EL-1', 'S001:116'),
      );
    }
  } else {
    if (facts.jobCardIssuedOn >= facts.trainingStart) {
      const message = M.jobCardIssuedTooLate(facts.jobCardIssuedOn, facts.trainingStart);
      findings.push(finding('JOB_CARD_ISSUED_TOO_LATE', 'jobCardIssuedOn', message, 'R-EL-1', 'S001:212'));
    }
    if (facts.issuerKind === null) {
      findings.push(finding('JOB_CARD_ISSUER_MISSING', 'issuerKind', M.issuerMissing(), 'R-EL-1', 'S003:23'));
    }
  }
  if (!facts.judgedSuitableForTraining) {
    const field = 'judgedSuitableForTraining';
    findings.push(finding('NOT_JUDGED_SUITABLE', field, M.notJudgedSuitable(), 'R-EL-1', 'S001:116'));
  }
  return findings;
}

/**
 * R-EL-2 and R-EL-3. A dispatched worker on a fixed-term or indefinite contract is one of the 有期契約労働者等
 * (S001:124, 130), but of the agency that employs them: when the agency trains them, their kind there is FIXED_TERM or
 * INDEFINITE_NON_REGULAR. DISPATCHED at the training company means a worker it receives, whom it does not employ
 * (S001:117 "訓練を実施する企業に雇用されている").
 */
function employmentFindings(facts: TraineeFacts): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const field = 'currentEmploymentKind';
  if (facts.currentEmploymentKind === 'REGULAR') {
    findings.push(
      finding('REGULAR_AT_TRAINING_COMPANY', field, M.regularAtTrainingCompany(), 'R-EL-2', 'S001:117'),
    );
  } else if (facts.currentEmploymentKind === 'DISPATCHED') {
    const message = M.dispatchedToTrainingCompany();
    findings.push(finding('DISPATCHED_TO_TRAINING_COMPANY', field, message, 'R-EL-2', 'S001:117'));
  }
  if (facts.hiredOnPromiseOfRegular) {
    const message = M.hiredOnPromiseOfRegular();
    findings.push(
      finding('HIRED_ON_PROMISE_OF_REGULAR', 'hiredOnPromiseOfRegular', message, 'R-EL-3', 'S003:26'),
    );
  }
  return findings;
}

/** R-EL-4 (day students, expected new graduates) and R-EL-5 (public vocational training), both S001:120. */
function exclusionFindings(facts: TraineeFacts): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (facts.dayStudent) {
    if (facts.expectedGraduationOn === null) {
      findings.push(finding('DAY_STUDENT', 'dayStudent', M.dayStudent(), 'R-EL-4', 'S001:120'));
    } else {
      const earliestStart = addMonths(`${facts.expectedGraduationOn.slice(0, 7)}-01`, 1);
      if (facts.trainingStart < earliestStart) {
        const message = M.graduateStartsTooEarly(
          facts.expectedGraduationOn,
          earliestStart,
          facts.trainingStart,
        );
        findings.push(finding('GRADUATE_STARTS_TOO_EARLY', 'trainingStart', message, 'R-EL-4', 'S001:120'));
      }
    }
  }
  if (facts.publicTrainingFinishedOn !== null) {
    // "終了後6か月以内": six months counted from the day after the last day (民法 140/143, spec §2.2).
    const lastExcludedDay = monthsEnd(addDays(facts.publicTrainingFinishedOn, 1), 6);
    if (facts.trainingStart <= lastExcludedDay) {
      const message = M.publicTrainingTooRecent(facts.publicTrainingFinishedOn, lastExcludedDay);
      findings.push(
        finding('PUBLIC_TRAINING_TOO_RECENT', 'publicTrainingFinishedOn', message, 'R-EL-5', 'S001:120'),
      );
    }
  }
  return findings;
}

/**
 * R-EL-6, checked at the subsidy application: insured under employment insurance at the training establishment on
 * the training's end date or on the application date (S001:118, S003:27).
 */
export function insuranceCondition(insuredOnEnd: boolean, insuredOnApplication: boolean): RuleFinding[] {
  if (insuredOnEnd || insuredOnApplication) return [];
  return [finding('NOT_INSURED', 'insuredOnEnd', M.notInsured(), 'R-EL-6', 'S001:118')];
}
