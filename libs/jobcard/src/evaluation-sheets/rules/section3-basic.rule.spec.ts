import { evaluation, PLAN, pressSheet, struck, withBasic } from '../__tests__/sheet-fixtures';
import type { EvaluationSheetReference } from '../reference/model-sheet';
import { SEEDED_REFERENCE } from '../reference/seeded-reference';
import { SKILLED_BASIC_MODEL } from '../reference/skilled-basic-model';
import { modelUnits } from '../sheet-drafts';
import { checkSection3Basic } from './section3-basic.rule';
import { validateSheet } from './validate-sheet';
import { validateEvaluation } from './validate-evaluation';

const skilled = () => modelUnits(SKILLED_BASIC_MODEL);
const [SAFETY, IMPROVEMENT, LIAISON] = skilled();

/** A 技術系 model as headquarters might load it (the seed prints none): one unit, for the whole-unit rule. */
const TECHNICAL_MODEL = {
  code: 'T000001',
  title: 'テスト用 技術系モデル',
  dutyType: 'TECHNICAL' as const,
  sourceName: 'モデル評価シート',
  seed: 'test fixture',
  units: [
    { name: '技術文書の作成', criteria: ['設計書の記載要領を理解している。', '図面を正しく読んでいる。'] },
  ],
};
const LOADED: EvaluationSheetReference = {
  ...SEEDED_REFERENCE,
  basicModels: { ...SEEDED_REFERENCE.basicModels, TECHNICAL: TECHNICAL_MODEL },
};

describe('R-ES-9: III(1) from the duty type’s model, other types only by whole units', () => {
  it('EX-ES-9a: the whole unit 関係者との連携による業務の遂行 copied from another type → valid', () => {
    // The seed prints units for 技能系 only, so "another type" is read both ways: a 技術系 sheet taking the whole
    // 技能系 unit, and a 技能系 sheet taking a whole unit of a loaded 技術系 model.
    const technical = withBasic(pressSheet(), {
      dutyType: 'TECHNICAL',
      units: [{ ...LIAISON, originDutyType: 'SKILLED' }],
    });
    const findings = checkSection3Basic(technical);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['SECTION3_BASIC_MODEL_NOT_LOADED', 'WARNING'],
    ]);
    expect(findings[0].message).toContain('技術系');

    const skilledPlus = withBasic(pressSheet(), {
      dutyType: 'SKILLED',
      units: [...skilled(), { ...modelUnits(TECHNICAL_MODEL)[0], originDutyType: 'TECHNICAL' }],
    });
    expect(checkSection3Basic(skilledPlus, LOADED)).toEqual([]);
  });

  it('EX-ES-9b: 改善活動による問題解決 (1)–(6) deleted → invalid (keep and strike); kept and struck → valid', () => {
    const unitDeleted = withBasic(pressSheet(), { dutyType: 'SKILLED', units: [SAFETY, LIAISON] });
    const deleted = checkSection3Basic(unitDeleted);
    expect(deleted.map((f) => [f.code, f.field])).toEqual([
      ['SECTION3_BASIC_UNIT_MISSING', 'section3Basic.units'],
    ]);
    expect(deleted[0].message).toContain('改善活動による問題解決');
    expect(deleted[0].message).toContain('「C」欄に斜線');

    const criteriaDeleted = withBasic(pressSheet(), {
      dutyType: 'SKILLED',
      units: [SAFETY, { ...IMPROVEMENT, criteria: [] }, LIAISON],
    });
    const emptied = checkSection3Basic(criteriaDeleted);
    expect(emptied.map((f) => f.code)).toEqual(Array(6).fill('SECTION3_BASIC_CRITERION_MISSING'));
    expect(emptied[5].message).toContain('基準(6)');

    const sheet = pressSheet();
    expect(validateSheet(sheet)).toEqual([]);
    const ratings = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`III1.2.${n}`, struck()]));
    expect(validateEvaluation(sheet, evaluation({ ratings }), PLAN)).toEqual([]);
  });

  it('EX-ES-9c: a single criterion (not a whole unit) from another type → invalid', () => {
    const partial = withBasic(pressSheet(), {
      dutyType: 'SKILLED',
      units: [
        ...skilled(),
        { ...modelUnits(TECHNICAL_MODEL)[0], criteria: modelUnits(TECHNICAL_MODEL)[0].criteria.slice(1) },
      ],
    });
    const findings = checkSection3Basic(partial, LOADED);
    expect(findings.map((f) => [f.code, f.field])).toEqual([
      ['SECTION3_BASIC_PARTIAL_UNIT', 'section3Basic.units.3.criteria'],
    ]);
    expect(findings[0].message).toContain('2項目中 1項目');

    const appended = withBasic(pressSheet(), {
      dutyType: 'SKILLED',
      units: [
        SAFETY,
        { ...IMPROVEMENT, criteria: [...IMPROVEMENT.criteria, modelUnits(TECHNICAL_MODEL)[0].criteria[0]] },
        LIAISON,
      ],
    });
    expect(checkSection3Basic(appended, LOADED).map((f) => [f.code, f.field])).toEqual([
      ['SECTION3_BASIC_CRITERION_NOT_IN_MODEL', 'section3Basic.units.1.criteria.6.text'],
    ]);
  });

  it('a unit no model has, a unit twice, and an own item in III(1) are refused', () => {
    const sheet = withBasic(pressSheet(), {
      dutyType: 'SKILLED',
      units: [
        ...skilled(),
        LIAISON,
        {
          name: '品質管理',
          criteria: [
            {
              text: '検査記録をつけている。',
              sourceKind: 'OWN',
              sourceName: '',
              code: '',
              bureauConfirmed: false,
            },
          ],
        },
      ],
    });
    expect(checkSection3Basic(sheet).map((f) => [f.code, f.field])).toEqual([
      ['SECTION3_BASIC_UNIT_DUPLICATED', 'section3Basic.units.3.name'],
      ['SECTION3_BASIC_UNIT_NOT_IN_MODELS', 'section3Basic.units.4.name'],
      ['SECTION3_BASIC_SOURCE_NOT_MODEL', 'section3Basic.units.4.criteria.0.sourceKind'],
    ]);
  });
});
