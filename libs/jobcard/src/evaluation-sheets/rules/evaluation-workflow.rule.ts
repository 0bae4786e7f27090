import type { RuleFinding } from '../../shared/rule-finding';
import {
  type CriterionRating,
  EVALUATION_STATES,
  type Evaluation,
  type EvaluationSheet,
  type EvaluationState,
} from '../evaluation-sheet';
import { EVALUATION_STATE_NAMES, FLAG_REASON_NAMES } from '../evaluation-sheets.messages';
import type { EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { labelOfKey, sheetCriteria } from './criterion-keys';
import { ratingOf, struckButGraded } from './ratings.rule';
import { comparable, isBlank, sheetFinding } from './sheet-text';

export type FlagReason = keyof typeof FLAG_REASON_NAMES;

export interface FlaggedCriterion {
  readonly key: string;
  readonly label: string;
  readonly reasons: readonly FlagReason[];
}

/** The criteria an evaluation is about: the sheet's when given (blank rows too), else the rows it records. */
interface RatedCriterion {
  readonly key: string;
  readonly label: string;
  readonly rating: CriterionRating;
}

function ratedCriteria(
  evaluation: Evaluation,
  sheet: EvaluationSheet | undefined,
  reference: EvaluationSheetReference,
): RatedCriterion[] {
  if (sheet) {
    return sheetCriteria(sheet, reference).map(({ key, label }) => ({
      key,
      label,
      rating: ratingOf(evaluation, key),
    }));
  }
  return Object.entries(evaluation.ratings).map(([key, rating]) => ({
    key,
    label: labelOfKey(key, reference),
    rating,
  }));
}

/**
 * R-ES-16: why a criterion needs the lead's check (S001:1119) and a detailed explanation (S001:1127): self and company
 * differ, the trainee could not self-rate, or either gave C. A struck criterion is never flagged. A company grade not
 * given yet is not a difference: COMPANY_RATING_MISSING says so.
 */
export function flagReasons(rating: CriterionRating): FlagReason[] {
  if (rating.notEvaluated) return [];
  const reasons: FlagReason[] = [];
  if (rating.self === null) reasons.push('SELF_MISSING');
  else if (rating.company !== null && rating.self !== rating.company) reasons.push('DIFFERENT');
  if (rating.self === 'C') reasons.push('SELF_C');
  if (rating.company === 'C') reasons.push('COMPANY_C');
  return reasons;
}

/** The flagged criteria of a mid-term or final evaluation (the targets carry no ratings, so none). */
export function flaggedCriteria(
  evaluation: Evaluation,
  sheet?: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): FlaggedCriterion[] {
  if (evaluation.moment === 'TARGETS') return [];
  return ratedCriteria(evaluation, sheet, reference)
    .map(({ key, label, rating }) => ({ key, label, reasons: flagReasons(rating) }))
    .filter((flagged) => flagged.reasons.length > 0);
}

const stateIndex = (state: EvaluationState): number => EVALUATION_STATES.indexOf(state);
export const samePerson = (a: string, b: string): boolean => comparable(a) === comparable(b);

function companyRatingFindings(evaluation: Evaluation, criteria: readonly RatedCriterion[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  if (isBlank(evaluation.evaluatorName)) findings.push(sheetFinding('EVALUATOR_MISSING', 'evaluatorName'));
  for (const { key, label, rating } of criteria) {
    if (!rating.notEvaluated && rating.company === null) {
      findings.push(sheetFinding('COMPANY_RATING_MISSING', `ratings.${key}.company`, label));
    }
  }
  return findings;
}

function leadFindings(evaluation: Evaluation): RuleFinding[] {
  const { evaluatorName: evaluator, leadName: lead } = evaluation;
  if (!lead || isBlank(lead)) return [sheetFinding('LEAD_MISSING', 'leadName')];
  return evaluator && samePerson(evaluator, lead)
    ? [sheetFinding('EVALUATOR_IS_LEAD', 'leadName', lead)]
    : [];
}

function noteFindings(
  flagged: readonly FlaggedCriterion[],
  evaluation: Evaluation,
  note: 'leadNote' | 'explanationNote',
) {
  const code = note === 'leadNote' ? 'LEAD_NOTE_MISSING' : 'EXPLANATION_NOTE_MISSING';
  return flagged
    .filter(({ key }) => isBlank(ratingOf(evaluation, key)[note]))
    .map(({ key, label, reasons }) =>
      sheetFinding(
        code,
        `ratings.${key}.${note}`,
        label,
        reasons.map((reason) => FLAG_REASON_NAMES[reason]).join('・'),
      ),
    );
}

/**
 * What must hold once an evaluation is in `state` (R-ES-15, 16), each step's requirements adding to the earlier ones:
 * company grades by a named evaluator; a lead other than the evaluator, with a note on every flagged criterion; an
 * explanation note on every flagged criterion. The targets (S001:1079) have no rating steps.
 */
export function stateRequirements(
  evaluation: Evaluation,
  state: EvaluationState,
  sheet?: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  if (evaluation.moment === 'TARGETS') return [];
  const reached = (step: EvaluationState) => stateIndex(state) >= stateIndex(step);
  const criteria = ratedCriteria(evaluation, sheet, reference);
  const flagged = flaggedCriteria(evaluation, sheet, reference);
  return [
    ...(reached('COMPANY_RATED') ? companyRatingFindings(evaluation, criteria) : []),
    ...(reached('CONFIRMED')
      ? [...leadFindings(evaluation), ...noteFindings(flagged, evaluation, 'leadNote')]
      : []),
    ...(reached('EXPLAINED') ? noteFindings(flagged, evaluation, 'explanationNote') : []),
  ];
}

/**
 * R-ES-15, 16: whether the evaluation may move to `to`. Only the next step of 自己評価 → 企業評価 → 確認 → 説明 → 交付
 * (S001:1097–1131); the targets are only presented (交付). Refused with a finding per flagged criterion lacking the
 * lead's note (from 確認 on) or the explanation note (from 説明 on), so 交付 names every one still open.
 */
export function canAdvance(
  evaluation: Evaluation,
  to: EvaluationState,
  sheet?: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  const from = evaluation.state;
  if (evaluation.moment === 'TARGETS') {
    return to === 'ISSUED' && from !== 'ISSUED' ? [] : [sheetFinding('TARGETS_ONLY_PRESENTED', 'state')];
  }
  if (stateIndex(to) !== stateIndex(from) + 1) {
    return [
      sheetFinding(
        'STATE_TRANSITION_INVALID',
        'state',
        EVALUATION_STATE_NAMES[from],
        EVALUATION_STATE_NAMES[to],
      ),
    ];
  }
  const labels = new Map(ratedCriteria(evaluation, sheet, reference).map(({ key, label }) => [key, label]));
  const labelOf = (key: string) => labels.get(key) ?? labelOfKey(key, reference);
  return [
    ...stateRequirements(evaluation, to, sheet, reference),
    ...struckButGraded(evaluation).map((key) =>
      sheetFinding('RATING_ON_STRUCK_CRITERION', `ratings.${key}`, labelOf(key)),
    ),
  ];
}
