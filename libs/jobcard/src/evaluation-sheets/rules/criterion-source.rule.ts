import type { RuleFinding } from '../../shared/rule-finding';
import type { EvaluationSheet, SheetCriterion } from '../evaluation-sheet';
import type { EvaluationSheetReference, ModelSheetSection } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { type SheetCriterionEntry, sheetCriteria } from './criterion-keys';
import { comparable, isBlank, sheetFinding } from './sheet-text';

/** The shapes the seed shows (B002101, H340231; 34S100L11, S001:374): examples, not a grammar, so only warnings. */
const MODEL_SHEET_CODE = /^[A-Z][0-9]{6}$/;
const ABILITY_STANDARD_CODE = /^[0-9]{2}[A-Z][0-9]{3}[A-Z][0-9]{2}$/;

/**
 * R-ES-10: a criterion is cited iff its code column is filled (S001:742–753) and, for a body outside the guide's list,
 * once the labour bureau has judged the standard generic (S001:819).
 */
export function isCited(criterion: SheetCriterion): boolean {
  if (criterion.sourceKind === 'OWN' || isBlank(criterion.code)) return false;
  return criterion.sourceKind !== 'OTHER_BODY' || criterion.bureauConfirmed;
}

/** Model criteria by text → the codes the models print for them. */
function modelCodes(reference: EvaluationSheetReference): Map<string, Set<string>> {
  const models = [...Object.values(reference.basicModels), ...reference.specialModels].filter(
    (model): model is ModelSheetSection => model !== undefined,
  );
  const codes = new Map<string, Set<string>>();
  for (const model of models) {
    for (const text of model.units.flatMap((unit) => unit.criteria)) {
      const key = comparable(text);
      codes.set(key, (codes.get(key) ?? new Set<string>()).add(model.code));
    }
  }
  return codes;
}

function checkCode(entry: SheetCriterionEntry, codes: Map<string, Set<string>>): RuleFinding[] {
  const { criterion, field, label } = entry;
  const code = comparable(criterion.code);
  if (criterion.sourceKind === 'OWN') {
    return code === ''
      ? []
      : [sheetFinding('CRITERION_OWN_HAS_CODE', `${field}.code`, label, criterion.code)];
  }
  if (code === '')
    return [sheetFinding('CRITERION_CODE_MISSING', `${field}.code`, label, criterion.sourceKind)];
  if (criterion.sourceKind === 'ABILITY_STANDARD' && !ABILITY_STANDARD_CODE.test(code)) {
    return [sheetFinding('ABILITY_STANDARD_CODE_FORMAT', `${field}.code`, label, criterion.code)];
  }
  if (criterion.sourceKind !== 'MODEL_SHEET') return [];
  const findings: RuleFinding[] = [];
  if (!MODEL_SHEET_CODE.test(code)) {
    findings.push(sheetFinding('MODEL_SHEET_CODE_FORMAT', `${field}.code`, label, criterion.code));
  }
  // A model item copied word for word keeps the model's コード番号 unchanged (S001:743).
  const expected = codes.get(comparable(criterion.text));
  if (expected && !expected.has(code)) {
    const printed = [...expected].join('・');
    findings.push(sheetFinding('MODEL_SHEET_CODE_CHANGED', `${field}.code`, label, printed, criterion.code));
  }
  return findings;
}

function checkSource(entry: SheetCriterionEntry): RuleFinding[] {
  const { criterion, field, label } = entry;
  const findings: RuleFinding[] = [];
  // 評価基準の出所 is a column of III(2) only (S001:582, 734–736); III(1) is the model sheet by construction.
  if (entry.section === 'III2' && criterion.sourceKind !== 'OWN' && isBlank(criterion.sourceName)) {
    findings.push(sheetFinding('CRITERION_SOURCE_NAME_MISSING', `${field}.sourceName`, label));
  }
  if (criterion.sourceKind === 'OTHER_BODY' && !criterion.bureauConfirmed) {
    findings.push(sheetFinding('OTHER_BODY_NOT_CONFIRMED', `${field}.bureauConfirmed`, label));
  }
  return findings;
}

/**
 * R-ES-10 over sections III(1) and III(2). Section II is left out: the seed prints no codes there (S001:543–550) and
 * R-ES-8 already holds it to the model.
 */
export function checkCriterionSources(
  sheet: EvaluationSheet,
  reference: EvaluationSheetReference = SEEDED_REFERENCE,
): RuleFinding[] {
  const codes = modelCodes(reference);
  return sheetCriteria(sheet, reference)
    .filter((entry) => entry.section !== 'II')
    .flatMap((entry) => [...checkCode(entry, codes), ...checkSource(entry)]);
}
