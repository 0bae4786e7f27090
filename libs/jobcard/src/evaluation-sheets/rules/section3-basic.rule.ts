import type { RuleFinding } from '../../shared/rule-finding';
import type { DutyType, EvaluationSheet, SheetUnit } from '../evaluation-sheet';
import {
  DUTY_TYPE_NAMES,
  type EvaluationSheetReference,
  type ModelSheetUnit,
} from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { criterionField, criterionLabel } from './criterion-keys';
import { matchCriteria, sameText, sheetFinding } from './sheet-text';

const DUTY_TYPES = Object.keys(DUTY_TYPE_NAMES) as DutyType[];

/** A unit of another duty type's model with this name: where the sheet says it comes from, else any other type. */
function findOtherTypeUnit(
  reference: EvaluationSheetReference,
  dutyType: DutyType,
  unit: SheetUnit,
): { readonly dutyType: DutyType; readonly unit: ModelSheetUnit } | null {
  const types = unit.originDutyType ? [unit.originDutyType] : DUTY_TYPES.filter((type) => type !== dutyType);
  for (const type of types) {
    const found = reference.basicModels[type]?.units.find((candidate) => sameText(candidate.name, unit.name));
    if (found) return { dutyType: type, unit: found };
  }
  return null;
}

function extraCriteria(known: ModelSheetUnit, unit: SheetUnit, u: number): RuleFinding[] {
  const { extra } = matchCriteria(
    known.criteria,
    unit.criteria.map((criterion) => criterion.text),
  );
  return extra.map((i) =>
    sheetFinding(
      'SECTION3_BASIC_CRITERION_NOT_IN_MODEL',
      `${criterionField('III1', u, i)}.text`,
      unit.name,
      unit.criteria[i].text,
    ),
  );
}

/** A unit of the chosen type's model: every criterion kept (unneeded ones are struck, not deleted, S001:695). */
function checkModelUnit(known: ModelSheetUnit, unit: SheetUnit, u: number): RuleFinding[] {
  const { missing } = matchCriteria(
    known.criteria,
    unit.criteria.map((criterion) => criterion.text),
  );
  return [
    ...extraCriteria(known, unit, u),
    ...missing.map((k) =>
      sheetFinding(
        'SECTION3_BASIC_CRITERION_MISSING',
        `section3Basic.units.${u}.criteria`,
        unit.name,
        k + 1,
        known.criteria[k],
      ),
    ),
  ];
}

/** A unit added from another type: whole (能力ユニット単位で追加, S001:694). */
function checkAddedUnit(origin: DutyType, known: ModelSheetUnit, unit: SheetUnit, u: number): RuleFinding[] {
  const { missing } = matchCriteria(
    known.criteria,
    unit.criteria.map((criterion) => criterion.text),
  );
  const findings = extraCriteria(known, unit, u);
  if (missing.length > 0) {
    const total = known.criteria.length;
    findings.push(
      sheetFinding(
        'SECTION3_BASIC_PARTIAL_UNIT',
        `section3Basic.units.${u}.criteria`,
        unit.name,
        DUTY_TYPE_NAMES[origin],
        total - missing.length,
        total,
      ),
    );
  }
  return findings;
}

/** III(1)'s items are model-sheet items, their own type's or another's (S001:693–694). */
function checkSources(sheet: EvaluationSheet): RuleFinding[] {
  return sheet.section3Basic.units.flatMap((unit, u) =>
    unit.criteria.flatMap((criterion, c) =>
      criterion.sourceKind === 'MODEL_SHEET'
        ? []
        : [
            sheetFinding(
              'SECTION3_BASIC_SOURCE_NOT_MODEL',
              `${criterionField('III1', u, c)}.sourceKind`,
              criterionLabel('III1', unit.name, c + 1),
            ),
          ],
    ),
  );
}

/**
 * R-ES-9: III(1) is the duty type's model sheet (S001:693): all its units present and whole (unneeded items kept and
 * struck, S001:695); other types' units only added whole (S001:694); nothing else. A type the reference has no model
 * for (the seed prints only 技能系) cannot be checked: a warning, and its units are compared with the other types'.
 */
export function checkSection3Basic(
  sheet: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  const { dutyType, units } = sheet.section3Basic;
  const model = reference.basicModels[dutyType];
  const typeName = DUTY_TYPE_NAMES[dutyType];
  const findings: RuleFinding[] = [];
  if (!model)
    findings.push(sheetFinding('SECTION3_BASIC_MODEL_NOT_LOADED', 'section3Basic.dutyType', typeName));
  units.forEach((unit, u) => {
    if (units.slice(0, u).some((earlier) => sameText(earlier.name, unit.name))) {
      findings.push(
        sheetFinding('SECTION3_BASIC_UNIT_DUPLICATED', `section3Basic.units.${u}.name`, unit.name),
      );
      return;
    }
    const own = model?.units.find((candidate) => sameText(candidate.name, unit.name));
    if (own) {
      findings.push(...checkModelUnit(own, unit, u));
      return;
    }
    const other = findOtherTypeUnit(reference, dutyType, unit);
    if (other) findings.push(...checkAddedUnit(other.dutyType, other.unit, unit, u));
    else
      findings.push(
        sheetFinding('SECTION3_BASIC_UNIT_NOT_IN_MODELS', `section3Basic.units.${u}.name`, unit.name),
      );
  });
  for (const known of model?.units ?? []) {
    if (known.optional || units.some((unit) => sameText(unit.name, known.name))) continue;
    findings.push(sheetFinding('SECTION3_BASIC_UNIT_MISSING', 'section3Basic.units', typeName, known.name));
  }
  return [...findings, ...checkSources(sheet)];
}
