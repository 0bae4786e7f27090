import { pairOf } from '../__tests__/explained-pair.fixture';
import { FACTOR_KEYS } from '../factor-weights';
import { TEST_REFERENCE } from '../__tests__/reference.fixture';
import { buildExplanation, FACTOR_EXPLAINERS } from './build-explanation';

describe('buildExplanation', () => {
  it('has an explainer for every factor', () => {
    expect(Object.keys(FACTOR_EXPLAINERS).sort()).toEqual([...FACTOR_KEYS].sort());
  });

  it('gathers the factors without data into one note after the industry note', () => {
    const { cs, cr, v } = pairOf({ jsicMajorCode: 'D' }, { jsicMajorCode: 'E' });
    const nw = new Float64Array(FACTOR_KEYS.length).fill(1 / FACTOR_KEYS.length);
    const x = buildExplanation(TEST_REFERENCE, cs, cr, nw, v, 0.5);
    expect(x.reasons).toEqual([
      '在籍型出向として受入可能',
      '職種が同じ（生産工程従事者）',
      '勤務地が同一都道府県（東京都）',
      '人数が一致（1人）',
    ]);
    expect(x.gaps).toEqual([]);
    expect(x.notes).toEqual([
      '異業種間のマッチ（建設業 → 製造業）',
      'データ未登録のため中立（0.5）で評価：職務内容の類似度（双方）、期間（双方）、賃金（双方）、開始時期（双方）、経験年数（双方）',
    ]);
    expect(x.score).toBe(0.5);
    expect(x.factors.map((f) => f.factor)).toEqual(FACTOR_KEYS);
  });
});
