import { addMonths, isCalendarDay } from '@kakehashi/calendar';
import { ruleFinding, type RuleFinding } from '../../shared/rule-finding';
import { ELIGIBILITY_MESSAGES as M, EMPLOYER_RECORD_NAMES } from '../eligibility.messages';

// Whether the employer can run a fixed-term practical training and receive its subsidy (spec §5.13, S003:11–20).

export interface EmployerFacts {
  /** The day the training plan (訓練計画届) was submitted. */
  readonly submittedOn: string;
  /** The subsidy application day, or null before the application. */
  readonly applicationOn: string | null;
  /** R-EM-1: employs, or newly hires, fixed-term workers etc. */
  readonly employsFixedTermWorkers: boolean;
  /** R-EM-2..R-EM-5: null while it cannot be known yet (before the certification, before the training ends). */
  readonly planCertified: boolean | null;
  readonly trainedAsCertified: boolean | null;
  readonly wagesPaidProperly: boolean | null;
  readonly recordsKept: {
    readonly training: boolean;
    readonly costs: boolean;
    readonly wages: boolean;
  } | null;
  /** The days of dismissals etc. for the employer's reasons (事業主の都合による解雇等), YYYY-MM-DD. */
  readonly dismissalsForEmployerReasons: readonly string[];
}

/**
 * R-EM-6's window, both days included: from six months before the plan's submission to the application day, or to
 * `today` before the application. The seed says only "過去6ヶ月以内" (S003:20); checking from submission to application
 * covers both moments it could mean (spec §5.13 [proposal], §10 #17).
 */
export function dismissalWindow(
  submittedOn: string,
  applicationOn: string | null,
  today: string,
): { from: string; to: string } {
  return { from: addMonths(submittedOn, -6), to: applicationOn ?? today };
}

const finding = ruleFinding;

/** The findings of R-EM-1..R-EM-6; `today` (YYYY-MM-DD, in Japan) ends R-EM-6's window before the application. */
export function employerEligibility(facts: EmployerFacts, today: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (!facts.employsFixedTermWorkers) {
    findings.push(
      finding(
        'NO_FIXED_TERM_WORKERS',
        'employsFixedTermWorkers',
        M.noFixedTermWorkers(),
        'R-EM-1',
        'S003:12',
      ),
    );
  }
  if (facts.planCertified === false) {
    findings.push(finding('PLAN_NOT_CERTIFIED', 'planCertified', M.planNotCertified(), 'R-EM-2', 'S003:13'));
  }
  if (facts.trainedAsCertified === false) {
    const message = M.notTrainedAsCertified();
    findings.push(finding('NOT_TRAINED_AS_CERTIFIED', 'trainedAsCertified', message, 'R-EM-3', 'S003:14'));
  }
  if (facts.wagesPaidProperly === false) {
    const message = M.wagesNotPaidProperly();
    findings.push(finding('WAGES_NOT_PAID_PROPERLY', 'wagesPaidProperly', message, 'R-EM-4', 'S003:15'));
  }
  const recordSeeds = { training: 'S003:17', costs: 'S003:18', wages: 'S003:19' } as const;
  for (const record of ['training', 'costs', 'wages'] as const) {
    if (facts.recordsKept === null || facts.recordsKept[record]) continue;
    const message = M.recordMissing(EMPLOYER_RECORD_NAMES[record]);
    findings.push(
      finding('RECORD_NOT_KEPT', `recordsKept.${record}`, message, 'R-EM-5', recordSeeds[record]),
    );
  }
  return [...findings, ...dismissalFindings(facts, today)];
}

/** R-EM-6: one finding per dismissal inside the window, so each can be pointed at. */
function dismissalFindings(facts: EmployerFacts, today: string): RuleFinding[] {
  const window = dismissalWindow(facts.submittedOn, facts.applicationOn, today);
  const findings: RuleFinding[] = [];
  facts.dismissalsForEmployerReasons.forEach((day, index) => {
    const field = `dismissalsForEmployerReasons.${index}`;
    if (!isCalendarDay(day)) {
      findings.push(finding('DISMISSAL_DATE_INVALID', field, M.dismissalDateInvalid(), 'R-EM-6', 'S003:20'));
    } else if (day >= window.from && day <= window.to) {
      const message = M.dismissalInWindow(day, window.from, window.to);
      findings.push(finding('DISMISSAL_FOR_EMPLOYER_REASONS', field, message, 'R-EM-6', 'S003:20'));
    }
  });
  return findings;
}

/** The values of `companies.size` (中小企業 / 大企業); the Job Card rules reach no other domain, so they are repeated. */
export type JobCardCompanySize = 'SME' | 'LARGE';

/** A plan as R-EM-7 reads it: once submitted, it carries the size snapshotted at submission. */
export type PlanCompanySize =
  | { readonly submittedOn: null }
  | { readonly submittedOn: string; readonly sizeAtSubmission: JobCardCompanySize };

/**
 * R-EM-7: the company size the subsidy amounts use is the one at the plan's submission; a later change of the
 * company's size does not change the amounts (S001:268). Before submission it is the company's current size, which
 * the submission snapshots onto the plan.
 */
export function companySizeAtSubmission(
  plan: PlanCompanySize,
  currentSize: JobCardCompanySize,
): JobCardCompanySize {
  return plan.submittedOn === null ? currentSize : plan.sizeAtSubmission;
}
