export * from './evaluation-sheet';
export {
  DUTY_TYPE_NAMES,
  BASIC_ABILITY_UNIT_CODES,
  type BasicAbilityUnitCode,
  type BasicAbilityUnit,
  type ModelSheetUnit,
  type ModelSheetSection,
  type EvaluationSheetReference,
} from './reference/model-sheet';
export { BASIC_ABILITY_UNITS } from './reference/basic-abilities';
export { SKILLED_BASIC_MODEL } from './reference/skilled-basic-model';
export { PRESS_WORKING_SPECIAL_MODEL } from './reference/press-working-model';
export { SEEDED_REFERENCE } from './reference/seeded-reference';
export { section2Units, modelUnits, draftEvaluationSheet } from './sheet-drafts';
export {
  EVALUATION_STATE_NAMES,
  SOURCE_KIND_NAMES,
  type EvaluationSheetFindingCode,
} from './evaluation-sheets.messages';
export {
  sheetCriteria,
  labelOfKey,
  type SheetCriterionEntry,
  type SheetSectionId,
} from './rules/criterion-keys';
export { isCited } from './rules/criterion-source.rule';
export { specialCitation, type SpecialCitation } from './rules/section3-special.rule';
export { validateSheet } from './rules/validate-sheet';
export { validateEvaluation } from './rules/validate-evaluation';
export {
  suggestRating,
  suggestRatingFromCounts,
  ratingCounts,
  BLANK_RATING,
  type GradeCounts,
} from './rules/ratings.rule';
export {
  flaggedCriteria,
  flagReasons,
  canAdvance,
  type FlaggedCriterion,
  type FlagReason,
} from './rules/evaluation-workflow.rule';
export { FINAL_EVALUATION_WINDOW_DAYS } from './rules/evaluation-dates.rule';
