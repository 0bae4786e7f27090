import { BASIC_ABILITY_UNITS } from './basic-abilities';
import type { EvaluationSheetReference } from './model-sheet';
import { PRESS_WORKING_SPECIAL_MODEL } from './press-working-model';
import { SKILLED_BASIC_MODEL } from './skilled-basic-model';

/**
 * What the guide prints: section II, the 技能系 III(1) model and the press-working III(2) model. The seed gives no
 * III(1) units for 事務・サービス系 or 技術系 (spec §4.3); headquarters loads those into a larger reference.
 */
export const SEEDED_REFERENCE: EvaluationSheetReference = {
  section2: BASIC_ABILITY_UNITS,
  basicModels: { SKILLED: SKILLED_BASIC_MODEL },
  specialModels: [PRESS_WORKING_SPECIAL_MODEL],
};
