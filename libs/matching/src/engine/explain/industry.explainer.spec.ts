import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainIndustry } from './industry.explainer';

describe('explainIndustry', () => {
  it('notes a match across industries, and nothing within one', () => {
    expect(explainIndustry(pairOf({ jsicMajorCode: 'D' }, { jsicMajorCode: 'A' }))).toEqual({
      notes: ['異業種間のマッチ（建設業 → 農業，林業）'],
    });
    expect(explainIndustry(pairOf({ jsicMajorCode: 'E' }, { jsicMajorCode: 'E' }))).toEqual({});
  });
});
