import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainOccupation } from './occupation.explainer';

describe('explainOccupation', () => {
  it('says the occupations are the same', () => {
    expect(explainOccupation(pairOf({ occupationCode: 'H' }, { occupationCode: 'H' }))).toEqual({
      reasons: ['職種が同じ（生産工程従事者）'],
    });
  });

  it('says they are close (0.5 and up) or share something, with the reason', () => {
    expect(explainOccupation(pairOf({ occupationCode: 'H' }, { occupationCode: 'K' }))).toEqual({
      reasons: ['職種が近い（生産工程従事者 → 運搬・清掃・包装等従事者：製造現場での運搬・包装作業が共通）'],
    });
    expect(explainOccupation(pairOf({ occupationCode: 'G' }, { occupationCode: 'H' }))).toEqual({
      reasons: [
        '職種に共通点あり（農林漁業従事者 → 生産工程従事者：農林漁業と生産工程は現場での作業・品質管理が重なる）',
      ],
    });
  });

  it('calls unrelated occupations a gap', () => {
    expect(explainOccupation(pairOf({ occupationCode: 'A' }, { occupationCode: 'H' }))).toEqual({
      gaps: ['職種が異なる（管理的職業従事者 → 生産工程従事者）'],
    });
  });

  it('names the side whose occupation is unclassified', () => {
    expect(explainOccupation(pairOf({ occupationCode: 'L' }, { occupationCode: 'H' }))).toEqual({
      missing: ['職種の近さ（送出側）'],
    });
    expect(explainOccupation(pairOf({ occupationCode: 'L' }, { occupationCode: '' }))).toEqual({
      missing: ['職種の近さ（双方）'],
    });
  });
});
