// The reference data the sheet form starts from, as the API shows it (spec §4.2–4.4).
import type { DutyType } from './evaluation-sheet';
import type { EvaluationSheetReferenceModel, ModelSectionModel } from './evaluation-sheet-reference.model';
import { DUTY_TYPE_NAMES, type ModelSheetSection } from './reference/model-sheet';
import { SEEDED_REFERENCE } from './reference/seeded-reference';

const DUTY_TYPES = Object.keys(DUTY_TYPE_NAMES) as DutyType[];

function modelView(model: ModelSheetSection): ModelSectionModel {
  return {
    code: model.code,
    title: model.title,
    dutyType: model.dutyType ?? null,
    sourceName: model.sourceName,
    seed: model.seed,
    units: model.units.map((unit) => ({
      name: unit.name,
      optional: unit.optional ?? false,
      criteria: unit.criteria.map((text, i) => ({ number: i + 1, text, code: model.code })),
    })),
  };
}

export function referenceView(reference = SEEDED_REFERENCE): EvaluationSheetReferenceModel {
  return {
    section2Units: reference.section2.map((unit) => ({ ...unit, criteria: [...unit.criteria] })),
    dutyTypes: DUTY_TYPES.map((dutyType) => ({
      dutyType,
      name: DUTY_TYPE_NAMES[dutyType],
      hasModel: !!reference.basicModels[dutyType],
    })),
    basicModels: DUTY_TYPES.flatMap((dutyType) => {
      const model = reference.basicModels[dutyType];
      return model ? [modelView({ dutyType, ...model })] : [];
    }),
    specialModels: reference.specialModels.map(modelView),
  };
}
