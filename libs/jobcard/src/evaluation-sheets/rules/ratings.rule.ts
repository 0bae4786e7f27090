import type { RuleFinding } from '../../shared/rule-finding';
import type { CriterionRating, Evaluation, Grade } from '../evaluation-sheet';
import type { SheetCriterionEntry } from './criterion-keys';
import { sheetFinding } from './sheet-text';

/** A criterion nobody has touched yet: the blank row. */
export const BLANK_RATING: CriterionRating = {
  notEvaluated: false,
  self: null,
  company: null,
  leadNote: null,
  explanationNote: null,
};

export const ratingOf = (evaluation: Evaluation, key: string): CriterionRating =>
  evaluation.ratings[key] ?? BLANK_RATING;

export const hasGrade = (rating: CriterionRating): boolean => rating.self !== null || rating.company !== null;

/**
 * R-ES-13: the grade a frequency suggests (S001:1143–1149): おおむね80%以上 → A, 20%以上80%未満 → B, 20%未満 → C. Only a
 * suggestion: the seed says おおむね, the evaluator decides. The thresholds are whole percents, compared as given.
 */
export function suggestRating(frequencyPercent: number): Grade {
  if (!Number.isFinite(frequencyPercent) || frequencyPercent < 0 || frequencyPercent > 100) {
    throw new RangeError(`frequency must be 0–100 %: ${frequencyPercent}`);
  }
  if (frequencyPercent >= 80) return 'A';
  return frequencyPercent >= 20 ? 'B' : 'C';
}

/** The same from counts (done `times` out of `opportunities`), in exact integers: 100 × times ≥ 80 × opportunities. */
export function suggestRatingFromCounts(times: number, opportunities: number): Grade {
  if (
    !Number.isInteger(times) ||
    !Number.isInteger(opportunities) ||
    opportunities <= 0 ||
    times < 0 ||
    times > opportunities
  ) {
    throw new RangeError(`need whole counts with 0 ≤ times ≤ opportunities > 0: ${times}/${opportunities}`);
  }
  if (100 * times >= 80 * opportunities) return 'A';
  return 100 * times >= 20 * opportunities ? 'B' : 'C';
}

export interface GradeCounts {
  readonly A: number;
  readonly B: number;
  readonly C: number;
  /** Struck (評価を行わなかった). */
  readonly notEvaluated: number;
  /** Not struck and no grade yet. */
  readonly unrated: number;
}

/** How many criteria got each grade, from the trainee and from the company, over the evaluation's recorded rows. */
export function ratingCounts(evaluation: Evaluation): {
  readonly self: GradeCounts;
  readonly company: GradeCounts;
} {
  const self = { A: 0, B: 0, C: 0, notEvaluated: 0, unrated: 0 };
  const company = { A: 0, B: 0, C: 0, notEvaluated: 0, unrated: 0 };
  for (const rating of Object.values(evaluation.ratings)) {
    if (rating.notEvaluated) {
      self.notEvaluated += 1;
      company.notEvaluated += 1;
      continue;
    }
    if (rating.self) self[rating.self] += 1;
    else self.unrated += 1;
    if (rating.company) company[rating.company] += 1;
    else company.unrated += 1;
  }
  return { self, company };
}

/** Keys of struck criteria that carry a grade anyway ("not evaluated" is its own state, spec §4.7 [proposal]). */
export const struckButGraded = (evaluation: Evaluation): string[] =>
  Object.entries(evaluation.ratings)
    .filter(([, rating]) => rating.notEvaluated && hasGrade(rating))
    .map(([key]) => key);

/**
 * R-ES-12: ratings only for the sheet's criteria, none on a struck one, and none at all when the sheet is shown as the
 * targets before training (S001:1079).
 */
export function checkRatings(entries: readonly SheetCriterionEntry[], evaluation: Evaluation): RuleFinding[] {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const unknown = Object.keys(evaluation.ratings).filter((key) => !byKey.has(key));
  const graded =
    evaluation.moment === 'TARGETS'
      ? Object.entries(evaluation.ratings)
          .filter(([, rating]) => hasGrade(rating))
          .map(([key]) => key)
      : struckButGraded(evaluation);
  const code = evaluation.moment === 'TARGETS' ? 'RATING_AT_TARGETS' : 'RATING_ON_STRUCK_CRITERION';
  return [
    ...unknown.map((key) => sheetFinding('RATING_UNKNOWN_CRITERION', `ratings.${key}`, key)),
    ...graded
      .filter((key) => byKey.has(key))
      .map((key) => sheetFinding(code, `ratings.${key}`, byKey.get(key)?.label ?? key)),
  ];
}
