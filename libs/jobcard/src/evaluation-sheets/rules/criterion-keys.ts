import type { EvaluationSheet, SheetCriterion, SheetUnit } from '../evaluation-sheet';
import { SECTION_LABELS } from '../evaluation-sheets.messages';
import type { EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { sameText } from './sheet-text';

export type SheetSectionId = 'II' | 'III1' | 'III2';

/** A criterion of a sheet with its stable key, its input path and how to name it to a user. */
export interface SheetCriterionEntry {
  /**
   * `II.WORK_ATTITUDE.1` (section II by unit code), `III1.2.3`, `III2.7.9` (unit and criterion numbers from 1, as the
   * sheet prints (1), (2)…). Stable while the sheet's units keep their order.
   */
  readonly key: string;
  readonly section: SheetSectionId;
  readonly unitName: string;
  /** From 1. */
  readonly number: number;
  readonly criterion: SheetCriterion;
  /** The input path: `section3Special.units.2.criteria.4` (indexes from 0). */
  readonly field: string;
  /** As a user reads it: Ⅲ(2)「打ち抜き加工」(5). */
  readonly label: string;
}

const SECTION_FIELDS: Readonly<Record<SheetSectionId, string>> = {
  II: 'section2',
  III1: 'section3Basic',
  III2: 'section3Special',
};

export const criterionLabel = (section: SheetSectionId, unitName: string, n: number): string =>
  `${SECTION_LABELS[section]}「${unitName}」(${n})`;

/** The path of a criterion's input field; `unit` and `index` from 0. */
export const criterionField = (section: SheetSectionId, unit: number, index: number): string =>
  `${SECTION_FIELDS[section]}.units.${unit}.criteria.${index}`;

function unitKeyPart(
  section: SheetSectionId,
  unit: SheetUnit,
  index: number,
  reference: EvaluationSheetReference,
) {
  if (section !== 'II') return String(index + 1);
  // Section II is fixed, so its units are named by code; an unknown unit (an invalid sheet) by its position.
  return reference.section2.find((known) => sameText(known.name, unit.name))?.code ?? String(index + 1);
}

function sectionEntries(
  section: SheetSectionId,
  units: readonly SheetUnit[],
  reference: EvaluationSheetReference,
): SheetCriterionEntry[] {
  return units.flatMap((unit, u) => {
    const unitPart = unitKeyPart(section, unit, u, reference);
    return unit.criteria.map((criterion, c) => ({
      key: `${section}.${unitPart}.${c + 1}`,
      section,
      unitName: unit.name,
      number: c + 1,
      criterion,
      field: criterionField(section, u, c),
      label: criterionLabel(section, unit.name, c + 1),
    }));
  });
}

/** Every criterion of the sheet, section II then III(1) then III(2). */
export function sheetCriteria(
  sheet: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): SheetCriterionEntry[] {
  return [
    ...sectionEntries('II', sheet.section2, reference),
    ...sectionEntries('III1', sheet.section3Basic.units, reference),
    ...sectionEntries('III2', sheet.section3Special.units, reference),
  ];
}

/**
 * A key as a user reads it when the sheet is not at hand: `II.WORK_ATTITUDE.1` → Ⅱ「働く意識と取組」(1),
 * `III2.3.5` → Ⅲ(2) 第3ユニット(5).
 */
export function labelOfKey(key: string, reference: EvaluationSheetReference = SEEDED_REFERENCE): string {
  const [section, unit, n] = key.split('.');
  if (section === 'II') {
    const known = reference.section2.find((candidate) => candidate.code === unit);
    if (known) return criterionLabel('II', known.name, Number(n));
  }
  if (section === 'II' || section === 'III1' || section === 'III2') {
    return `${SECTION_LABELS[section]} 第${unit}ユニット(${n})`;
  }
  return key;
}
