import { pairOf } from '../__tests__/explained-pair.fixture';
import { explainRegion } from './region.explainer';

describe('explainRegion', () => {
  it('says the workplace is in the home prefecture (県 or 都道府県)', () => {
    expect(explainRegion(pairOf({ homePrefectureCode: '23' }, { workplacePrefectureCode: '23' }))).toEqual({
      reasons: ['勤務地が同一県（愛知県）'],
    });
    expect(explainRegion(pairOf({ homePrefectureCode: '13' }, { workplacePrefectureCode: '13' }))).toEqual({
      reasons: ['勤務地が同一都道府県（東京都）'],
    });
  });

  it('says the workplace is one the sender listed', () => {
    const pair = pairOf(
      { homePrefectureCode: '13', acceptablePrefectureCodes: ['14'] },
      { workplacePrefectureCode: '14' },
    );
    expect(explainRegion(pair)).toEqual({ reasons: ['勤務地（神奈川県）が送出側の希望勤務地に含まれる'] });
  });

  it('says same region, or calls the workplace far away', () => {
    expect(explainRegion(pairOf({ homePrefectureCode: '13' }, { workplacePrefectureCode: '14' }))).toEqual({
      reasons: ['勤務地が同一地域（関東：東京都 → 神奈川県）'],
    });
    expect(explainRegion(pairOf({ homePrefectureCode: '13' }, { workplacePrefectureCode: '47' }))).toEqual({
      gaps: ['勤務地が遠方（東京都 → 沖縄県）'],
    });
  });

  it('names the side without a prefecture', () => {
    expect(explainRegion(pairOf({ homePrefectureCode: '' }, { workplacePrefectureCode: '13' }))).toEqual({
      missing: ['勤務地（送出側）'],
    });
  });
});
