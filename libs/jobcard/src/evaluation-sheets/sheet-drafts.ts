import type { DutyType, EvaluationSheet, EvaluationSheetHeader, SheetUnit } from './evaluation-sheet';
import type { EvaluationSheetReference, ModelSheetSection } from './reference/model-sheet';
import { SEEDED_REFERENCE } from './reference/seeded-reference';

const MODEL_SHEET_SOURCE = 'モデル評価シート';

/** Section II as every sheet must carry it (S001:686). The seed prints no codes there, so the code stays empty. */
export function section2Units(reference: EvaluationSheetReference = SEEDED_REFERENCE): SheetUnit[] {
  return reference.section2.map((unit) => ({
    name: unit.name,
    criteria: unit.criteria.map((text) => ({
      text,
      sourceKind: 'MODEL_SHEET' as const,
      sourceName: MODEL_SHEET_SOURCE,
      code: '',
      bureauConfirmed: false,
    })),
  }));
}

/**
 * A model section's units as sheet units, each criterion cited with the model's code unchanged (S001:743). With
 * `originDutyType`, the units are marked as taken whole from another duty type (III(1), S001:694).
 */
export function modelUnits(model: ModelSheetSection, originDutyType?: DutyType): SheetUnit[] {
  return model.units.map((unit) => ({
    name: unit.name,
    ...(originDutyType ? { originDutyType } : {}),
    criteria: unit.criteria.map((text) => ({
      text,
      sourceKind: 'MODEL_SHEET' as const,
      sourceName: model.sourceName,
      code: model.code,
      bureauConfirmed: false,
    })),
  }));
}

/**
 * A new sheet for a duty type: section II and the type's III(1) model filled in (S001:683–696), III(2) and section I
 * left for the company (S001:674–754).
 */
export function draftEvaluationSheet(
  header: EvaluationSheetHeader,
  dutyType: DutyType,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): EvaluationSheet {
  const basicModel = reference.basicModels[dutyType];
  return {
    header,
    ojtDuties: [],
    section2: section2Units(reference),
    section3Basic: { dutyType, units: basicModel ? modelUnits(basicModel) : [] },
    section3Special: { units: [] },
    comments: { section2: '', section3Basic: '', section3Special: '' },
  };
}
