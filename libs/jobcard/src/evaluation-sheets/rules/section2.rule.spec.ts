import { evaluation, PLAN, pressSheet, rating, struck, withSection2 } from '../__tests__/sheet-fixtures';
import { section2Units } from '../sheet-drafts';
import { checkSection2 } from './section2.rule';
import { validateEvaluation } from './validate-evaluation';

const units = () => section2Units();

describe('R-ES-8: section II unchanged', () => {
  it('EX-ES-8a: the reference section II (35 criteria in 7 units) → valid', () => {
    const sheet = pressSheet();
    expect(sheet.section2.flatMap((unit) => unit.criteria)).toHaveLength(35);
    expect(checkSection2(sheet)).toEqual([]);
  });

  it('EX-ES-8b: ビジネスマナー (5) omitted → invalid, 「Ⅱ欄はモデル評価シートの記載を変更せずに使用」', () => {
    const section2 = units().map((unit) =>
      unit.name === 'ビジネスマナー' ? { ...unit, criteria: unit.criteria.slice(0, 4) } : unit,
    );
    const findings = checkSection2(withSection2(pressSheet(), section2));
    expect(findings.map((f) => [f.code, f.severity, f.field, f.rule])).toEqual([
      ['SECTION2_CRITERION_MISSING', 'ERROR', 'section2.units.2.criteria', 'R-ES-8'],
    ]);
    expect(findings[0].message).toContain('ビジネスマナー」の基準(5)');
    expect(findings[0].message).toContain('Ⅱ欄はモデル評価シートの記載を変更せずに使用');
    expect(findings[0].seed).toBe('S001:686');
  });

  it('EX-ES-8c: a section II criterion struck as not evaluated → allowed (a rating state, not a change)', () => {
    const sheet = pressSheet();
    const ratings = { 'II.BUSINESS_MANNERS.5': struck(), 'II.WORK_ATTITUDE.1': rating('A', 'A') };
    expect(checkSection2(sheet)).toEqual([]);
    expect(validateEvaluation(sheet, evaluation({ ratings }), PLAN)).toEqual([]);
  });

  it('a reworded criterion is refused at its field; a full-width bracket or a stray space is not a change', () => {
    const section2 = units().map((unit, u) =>
      u === 2
        ? {
            ...unit,
            criteria: unit.criteria.map((c, i) =>
              i === 3
                ? { ...c, text: 'お客様に対し、礼儀正しい対応（お辞儀、挨拶、言葉遣い） をしている。' }
                : c,
            ),
          }
        : u === 0
          ? {
              ...unit,
              criteria: unit.criteria.map((c, i) =>
                i === 0 ? { ...c, text: '法令や社内のルールを遵守している。' } : c,
              ),
            }
          : unit,
    );
    const findings = checkSection2(withSection2(pressSheet(), section2));
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['SECTION2_CRITERION_NOT_IN_MODEL', 'section2.units.0.criteria.0.text'],
      ['SECTION2_CRITERION_MISSING', 'section2.units.0.criteria'],
    ]);
    expect(findings[0].message).toContain('法令や社内のルール');
  });

  it('a unit added, a unit missing, and a reordering are each refused', () => {
    const extra = { name: 'リーダーシップ', criteria: [] };
    expect(checkSection2(withSection2(pressSheet(), [...units(), extra])).map((f) => f.code)).toEqual([
      'SECTION2_UNIT_NOT_IN_MODEL',
    ]);
    const withoutThinking = units().filter((unit) => unit.name !== '考える力');
    const missing = checkSection2(withSection2(pressSheet(), withoutThinking));
    expect(missing.map((f) => f.code)).toEqual(['SECTION2_UNIT_MISSING']);
    expect(missing[0].message).toContain('考える力');
    expect(checkSection2(withSection2(pressSheet(), [...units()].reverse())).map((f) => f.code)).toEqual([
      'SECTION2_ORDER_CHANGED',
    ]);
  });
});
