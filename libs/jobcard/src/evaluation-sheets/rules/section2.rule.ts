import type { RuleFinding } from '../../shared/rule-finding';
import type { EvaluationSheet, SheetUnit } from '../evaluation-sheet';
import type { BasicAbilityUnit, EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { criterionField } from './criterion-keys';
import { matchCriteria, sameText, sheetFinding } from './sheet-text';

function compareUnit(known: BasicAbilityUnit, unit: SheetUnit, u: number): RuleFinding[] {
  const { extra, missing } = matchCriteria(
    known.criteria,
    unit.criteria.map((criterion) => criterion.text),
  );
  return [
    ...extra.map((i) =>
      sheetFinding(
        'SECTION2_CRITERION_NOT_IN_MODEL',
        `${criterionField('II', u, i)}.text`,
        unit.name,
        unit.criteria[i].text,
      ),
    ),
    ...missing.map((k) =>
      sheetFinding(
        'SECTION2_CRITERION_MISSING',
        `section2.units.${u}.criteria`,
        known.name,
        k + 1,
        known.criteria[k],
      ),
    ),
  ];
}

function sameOrder(sheet: EvaluationSheet, reference: EvaluationSheetReference): boolean {
  return reference.section2.every(
    (known, u) =>
      sameText(known.name, sheet.section2[u].name) &&
      known.criteria.every((text, c) => sameText(text, sheet.section2[u].criteria[c].text)),
  );
}

/**
 * R-ES-8: section II is the model sheet's, unchanged (「モデル評価シート」の記載を変更せずに使用, S001:686): no unit or
 * criterion added, removed, reworded or reordered. Striking a criterion is a rating, not a change (EX-ES-8c).
 */
export function checkSection2(
  sheet: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const matched = new Set<string>();
  sheet.section2.forEach((unit, u) => {
    const known = reference.section2.find((candidate) => sameText(candidate.name, unit.name));
    if (!known || matched.has(known.code)) {
      findings.push(sheetFinding('SECTION2_UNIT_NOT_IN_MODEL', `section2.units.${u}.name`, unit.name));
      return;
    }
    matched.add(known.code);
    findings.push(...compareUnit(known, unit, u));
  });
  for (const known of reference.section2) {
    if (!matched.has(known.code))
      findings.push(sheetFinding('SECTION2_UNIT_MISSING', 'section2', known.name));
  }
  // Only once everything is there does the order say anything on its own.
  if (findings.length === 0 && !sameOrder(sheet, reference)) {
    findings.push(sheetFinding('SECTION2_ORDER_CHANGED', 'section2'));
  }
  return findings;
}
