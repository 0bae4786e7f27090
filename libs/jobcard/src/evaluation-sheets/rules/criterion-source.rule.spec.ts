import { criterion, pressSheet, withSpecial } from '../__tests__/sheet-fixtures';
import type { SheetCriterion } from '../evaluation-sheet';
import { checkCriterionSources, isCited } from './criterion-source.rule';

/** The press sheet with III(2) holding these criteria in one unit. */
const sheetWith = (...criteria: SheetCriterion[]) =>
  withSpecial(pressSheet(), [{ name: '金型加工', criteria }]);
const codes = (...criteria: SheetCriterion[]) =>
  checkCriterionSources(sheetWith(...criteria)).map((f) => [f.code, f.severity, f.field]);

describe('R-ES-10: the source and the code column', () => {
  it('EX-ES-10a: code H340231, source MODEL_SHEET → cited, no warning', () => {
    const cited = criterion('金型の点検を行っている。', 'MODEL_SHEET', 'H340231', 'モデル評価シート');
    expect(isCited(cited)).toBe(true);
    expect(codes(cited)).toEqual([]);
  });

  it('EX-ES-10b: code 技能検定 (PUBLIC_EXAM) and code 日本金型工業会 (INDUSTRY_BODY) → cited', () => {
    const exam = criterion('金型仕上げ作業を行っている。', 'PUBLIC_EXAM', '技能検定', '技能検定 金型製作');
    const body = criterion(
      '金型の組立を行っている。',
      'INDUSTRY_BODY',
      '日本金型工業会',
      '社団法人日本金型工業会',
    );
    expect([isCited(exam), isCited(body)]).toEqual([true, true]);
    expect(codes(exam, body)).toEqual([]);
  });

  it('EX-ES-10c: OWN with code H340231 → error; MODEL_SHEET with 34S100L11 → cited, format warning', () => {
    const ownWithCode = criterion('独自の段取り手順を守っている。', 'OWN', 'H340231');
    expect(isCited(ownWithCode)).toBe(false);
    const ownFindings = checkCriterionSources(sheetWith(ownWithCode));
    expect(ownFindings.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['CRITERION_OWN_HAS_CODE', 'ERROR', 'section3Special.units.0.criteria.0.code'],
    ]);
    expect(ownFindings[0].message).toContain('コード欄を空欄');

    const wrongShape = criterion(
      '金型の段取りを行っている。',
      'MODEL_SHEET',
      '34S100L11',
      'モデル評価シート',
    );
    expect(isCited(wrongShape)).toBe(true);
    const shape = checkCriterionSources(sheetWith(wrongShape));
    expect(shape.map((f) => [f.code, f.severity])).toEqual([['MODEL_SHEET_CODE_FORMAT', 'WARNING']]);
    expect(shape[0].message).toContain('モデル評価シートのコード形式ではありません');
  });

  it('a cited criterion without a code, or without 評価基準の出所, is refused and not counted', () => {
    const noCode = criterion('金型の段取りを行っている。', 'ABILITY_STANDARD', ' ', '職業能力評価基準');
    const noSource = criterion('金型の保管を行っている。', 'ABILITY_STANDARD', '34S100L11', '');
    expect(isCited(noCode)).toBe(false);
    expect(codes(noCode, noSource)).toEqual([
      ['CRITERION_CODE_MISSING', 'ERROR', 'section3Special.units.0.criteria.0.code'],
      ['CRITERION_SOURCE_NAME_MISSING', 'ERROR', 'section3Special.units.0.criteria.1.sourceName'],
    ]);
    const message = checkCriterionSources(sheetWith(noCode))[0].message;
    expect(message).toContain('ユニット番号');
  });

  it('a unit number of the wrong shape is a warning only (34S100L11 is the seed’s one example)', () => {
    const odd = criterion('金型の保管を行っている。', 'ABILITY_STANDARD', '34-S100', '職業能力評価基準');
    expect(codes(odd)).toEqual([
      ['ABILITY_STANDARD_CODE_FORMAT', 'WARNING', 'section3Special.units.0.criteria.0.code'],
    ]);
  });

  it('a model criterion copied word for word keeps the model’s code (変更せずにそのまま)', () => {
    const sheet = pressSheet();
    const [first, ...rest] = sheet.section3Special.units;
    const changed = withSpecial(sheet, [
      { ...first, criteria: [{ ...first.criteria[0], code: 'H340232' }, ...first.criteria.slice(1)] },
      ...rest,
    ]);
    const findings = checkCriterionSources(changed);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['MODEL_SHEET_CODE_CHANGED', 'section3Special.units.0.criteria.0.code'],
    ]);
    expect(findings[0].message).toContain('「H340231」');
  });

  it('a body outside the guide’s list counts only once the labour bureau confirmed it (S001:819)', () => {
    const pending = criterion(
      '顧客対応を行っている。',
      'OTHER_BODY',
      '京都金型協議会',
      '京都金型協議会 評価基準',
    );
    expect(isCited(pending)).toBe(false);
    expect(codes(pending)).toEqual([
      ['OTHER_BODY_NOT_CONFIRMED', 'WARNING', 'section3Special.units.0.criteria.0.bureauConfirmed'],
    ]);
    const confirmed = { ...pending, bureauConfirmed: true };
    expect(isCited(confirmed)).toBe(true);
    expect(codes(confirmed)).toEqual([]);
  });
});
