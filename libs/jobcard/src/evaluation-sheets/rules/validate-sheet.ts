import type { RuleFinding } from '../../shared/rule-finding';
import type { EvaluationSheet } from '../evaluation-sheet';
import type { EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { checkCriterionSources } from './criterion-source.rule';
import { checkSection2 } from './section2.rule';
import { checkSection3Basic } from './section3-basic.rule';
import { checkSection3Special } from './section3-special.rule';
import { checkSheetHeader } from './sheet-header.rule';

/** Every rule on the sheet itself (R-ES-1, 2, 8–11); the ratings are checked per evaluation. */
export function validateSheet(
  sheet: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  return [
    ...checkSheetHeader(sheet),
    ...checkSection2(sheet, reference),
    ...checkSection3Basic(sheet, reference),
    ...checkCriterionSources(sheet, reference),
    ...checkSection3Special(sheet),
  ];
}
