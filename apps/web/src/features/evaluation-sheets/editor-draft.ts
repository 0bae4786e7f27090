// The sheet editor's draft: the parts of a sheet a consultant edits, and the update input made from them.
import type {
  CriterionSourceKind,
  EvaluationDutyType,
  EvaluationUnitInput,
  OjtDutyKind,
  SheetDetailFragment,
  UpdateEvaluationSheetInput,
} from '../../gql/graphql';
import { unitInputs } from './sheet-view';

export interface OjtRow {
  from: string;
  to: string;
  kind: OjtDutyKind;
  description: string;
}

export interface EditorDraft {
  header: {
    traineeName: string;
    duty: string;
    company: string;
    evaluationLeadName: string;
    representativeName: string;
  };
  periodStart: string;
  periodEnd: string;
  ojtDuties: OjtRow[];
  basicUnits: EvaluationUnitInput[];
  specialUnits: EvaluationUnitInput[];
  comments: { section1: string; section2: string; section3Basic: string; section3Special: string };
}

export function editorDraftOf(sheet: SheetDetailFragment): EditorDraft {
  const { traineeName, duty, company, evaluationLeadName, representativeName } = sheet.header;
  return {
    header: { traineeName, duty, company, evaluationLeadName, representativeName },
    periodStart: sheet.periodStart,
    periodEnd: sheet.periodEnd,
    ojtDuties: sheet.ojtDuties.map(({ from, to, kind, description }) => ({ from, to, kind, description })),
    basicUnits: unitInputs(sheet.section3Basic),
    specialUnits: unitInputs(sheet.section3Special),
    // Field by field: the fragment's __typename must not go back to the API.
    comments: {
      section1: sheet.comments.section1 ?? '',
      section2: sheet.comments.section2,
      section3Basic: sheet.comments.section3Basic,
      section3Special: sheet.comments.section3Special,
    },
  };
}

export function updateInputOf(
  sheet: Pick<SheetDetailFragment, 'id' | 'version' | 'dutyType'>,
  draft: EditorDraft,
): UpdateEvaluationSheetInput {
  return {
    id: sheet.id,
    expectedVersion: sheet.version,
    header: draft.header,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    ojtDuties: draft.ojtDuties,
    section3Basic: { dutyType: sheet.dutyType, units: draft.basicUnits },
    section3Special: draft.specialUnits,
    comments: { ...draft.comments, section1: draft.comments.section1 || null },
  };
}

/** A whole unit of another duty type's model, as III(1) takes it (only whole units may be added, R-ES-9). */
export function modelUnitInput(
  model: {
    dutyType: EvaluationDutyType | null;
    sourceName: string;
    units: { name: string; criteria: { text: string; code: string }[] }[];
  },
  unitName: string,
): EvaluationUnitInput | null {
  const unit = model.units.find((each) => each.name === unitName);
  if (!unit) return null;
  return {
    name: unit.name,
    originDutyType: model.dutyType,
    criteria: unit.criteria.map((criterion) => ({
      text: criterion.text,
      code: criterion.code,
      sourceKind: 'MODEL_SHEET' as CriterionSourceKind,
      sourceName: model.sourceName,
      bureauConfirmed: false,
    })),
  };
}

export const emptyCriterion = () => ({
  text: '',
  sourceKind: 'OWN' as CriterionSourceKind,
  sourceName: '',
  code: '',
  bureauConfirmed: false,
});

/** Replaces item `index` of a list (the editor's rows are edited in place, by position). */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((each, i) => (i === index ? item : each));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
