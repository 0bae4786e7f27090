import { criterion, modelCited, own, pressSheet, withSpecial } from '../__tests__/sheet-fixtures';
import type { SheetCriterion } from '../evaluation-sheet';
import { checkSection3Special, specialCitation } from './section3-special.rule';

const cited = (n: number) => Array.from({ length: n }, (_, i) => modelCited(`引用した基準 ${i + 1}。`));
const owned = (n: number) => Array.from({ length: n }, (_, i) => own(`独自の基準 ${i + 1}。`));
const sheetWith = (criteria: SheetCriterion[]) =>
  withSpecial(pressSheet(), [{ name: 'プレス加工', criteria }]);

describe('R-ES-11: more than half of III(2) cited, counted by criteria', () => {
  it('EX-ES-11a: the press model, 55 cited of 55 → valid', () => {
    const sheet = pressSheet();
    expect(specialCitation(sheet)).toEqual({ total: 55, cited: 55, required: 28 });
    expect(checkSection3Special(sheet)).toEqual([]);
  });

  it('EX-ES-11b: the press model + 10 own (110 > 65) → valid', () => {
    const base = pressSheet();
    const sheet = withSpecial(base, [
      ...base.section3Special.units,
      { name: '自社独自の工程', criteria: owned(10) },
    ]);
    expect(specialCitation(sheet)).toEqual({ total: 65, cited: 55, required: 33 });
    expect(checkSection3Special(sheet)).toEqual([]);
  });

  it('EX-ES-11c: 3 cited of 6 (exactly half) → invalid, the message gives the counts', () => {
    const findings = checkSection3Special(sheetWith([...cited(3), ...owned(3)]));
    expect(findings.map((f) => [f.code, f.severity, f.field, f.rule, f.seed])).toEqual([
      ['SECTION3_SPECIAL_NOT_MORE_THAN_HALF', 'ERROR', 'section3Special.units', 'R-ES-11', 'S001:729'],
    ]);
    expect(findings[0].message).toContain('半数を超える項目');
    expect(findings[0].message).toContain('6項目中 引用3項目');
    expect(findings[0].message).toContain('4項目以上');
  });

  it('EX-ES-11d: 4 cited of 7 → valid', () => {
    expect(checkSection3Special(sheetWith([...cited(4), ...owned(3)]))).toEqual([]);
  });

  it('EX-ES-11e: 5 of 9 cited, one from an unconfirmed other body → invalid; once confirmed → valid', () => {
    const other = criterion(
      '安全に作業している。',
      'OTHER_BODY',
      '京都金型協議会',
      '京都金型協議会 評価基準',
    );
    const pending = sheetWith([...cited(4), other, ...owned(4)]);
    expect(specialCitation(pending)).toMatchObject({ total: 9, cited: 4 });
    expect(checkSection3Special(pending).map((f) => f.code)).toEqual(['SECTION3_SPECIAL_NOT_MORE_THAN_HALF']);
    const confirmed = sheetWith([...cited(4), { ...other, bureauConfirmed: true }, ...owned(4)]);
    expect(specialCitation(confirmed)).toMatchObject({ total: 9, cited: 5 });
    expect(checkSection3Special(confirmed)).toEqual([]);
  });

  it('EX-ES-11f: no criteria in III(2) → invalid', () => {
    expect(checkSection3Special(withSpecial(pressSheet(), [])).map((f) => f.code)).toEqual([
      'SECTION3_SPECIAL_EMPTY',
    ]);
    expect(checkSection3Special(sheetWith([])).map((f) => f.code)).toEqual(['SECTION3_SPECIAL_EMPTY']);
  });
});
