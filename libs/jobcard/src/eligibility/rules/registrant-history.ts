// R-EL-1 from a talent bank registrant's Job Card history (spec §9.3): the 5-year and 10-year regular-employment rules
// need only the history and the training's dates and field; the other conditions (employment at the training company,
// the Job Card, …) are the plan's, so they are left out of this judgement.
import { hasErrors, type RuleFinding } from '../../shared/rule-finding';
import { REGISTRANT_HISTORY_MESSAGES as M } from '../eligibility.messages';
import { type TraineeEligibility, traineeEligibility } from './trainee-eligibility';
import type { EmploymentKind, WorkHistoryEntry } from './trainee-facts';

/** A talent bank work-history entry (its employment kind and field are optional: older entries have neither). */
export interface RegistrantWorkHistoryEntry {
  readonly from: string;
  readonly to: string | null;
  readonly company: string;
  readonly employmentKind?: EmploymentKind | null;
  readonly field?: string | null;
}

/** The findings that come from the history: everything else is decided on the plan. */
const HISTORY_CODES: ReadonlySet<string> = new Set([
  'REGULAR_IN_FIELD_3_YEARS',
  'CONTINUOUS_REGULAR_6_YEARS',
  'HISTORY_FIELD_MISSING',
  'HISTORY_MONTH_INVALID',
  'HISTORY_ENDS_BEFORE_START',
]);

export interface RegistrantHistoryEligibility extends Pick<TraineeEligibility, 'figures'> {
  readonly eligibleByWorkHistory: boolean;
  readonly findings: readonly RuleFinding[];
}

/**
 * The history judged for a training from `trainingStart` to `trainingEnd` (valid days) in `trainingField`. An entry
 * without an employment kind cannot be counted as regular: it is left out of the counts with a warning naming it (so
 * the consultant records the kind), never guessed. Field paths name the registrant's `workHistory.<n>`.
 */
export function registrantHistoryEligibility(
  history: readonly RegistrantWorkHistoryEntry[],
  training: { start: string; end: string; field: string },
): RegistrantHistoryEligibility {
  const missingKind: RuleFinding[] = [];
  const entries = history.map((entry, index): WorkHistoryEntry => {
    if (!entry.employmentKind) {
      missingKind.push({
        code: 'HISTORY_EMPLOYMENT_KIND_MISSING',
        severity: 'WARNING',
        field: `workHistory.${index}.employmentKind`,
        message: M.employmentKindMissing(entry.company, entry.from),
        rule: 'R-EL-1',
        seed: 'S003:24',
      });
    }
    return {
      companyName: entry.company,
      from: entry.from,
      to: entry.to,
      // Not regular as far as the counts go (the warning above says so); keeps the entries' positions.
      employmentKind: entry.employmentKind ?? 'FIXED_TERM',
      field: entry.field ?? null,
    };
  });
  const judged = traineeEligibility({
    trainingStart: training.start,
    trainingEnd: training.end,
    trainingField: training.field,
    history: entries,
    // The plan's conditions, taken as met: only the history is judged here.
    currentEmploymentKind: 'FIXED_TERM',
    hiredOnPromiseOfRegular: false,
    dayStudent: false,
    expectedGraduationOn: null,
    publicTrainingFinishedOn: null,
    jobCardIssuedOn: null,
    issuerKind: null,
    judgedSuitableForTraining: true,
    overrideReason: null,
  });
  const findings = [
    ...judged.findings
      .filter((finding) => HISTORY_CODES.has(finding.code))
      .map((finding) => ({ ...finding, field: finding.field?.replace(/^history/, 'workHistory') ?? null })),
    ...missingKind,
  ];
  return { eligibleByWorkHistory: !hasErrors(findings), findings, figures: judged.figures };
}
