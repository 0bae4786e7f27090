import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { regionFactor } from './region.factor';

describe('regionFactor', () => {
  it('is 1 in the home prefecture', () => {
    const v = regionFactor(aRegistrant(), anOpening(), matchRef);
    expect(v.value).toBe(1);
    expect(v.reasons).toEqual(['勤務地が居住地と同じ都道府県（東京都）']);
  });

  it('is 0.9 in a prefecture the registrant listed', () => {
    const v = regionFactor(
      aRegistrant({ acceptablePrefectureCodes: ['27'] }),
      anOpening({ workplacePrefectureCode: '27' }),
      matchRef,
    );
    expect(v.value).toBe(0.9);
    expect(v.reasons).toEqual(['勤務地（大阪府）が勤務可能な地域に含まれる']);
  });

  it('is 0.6 in the same region', () => {
    const v = regionFactor(aRegistrant(), anOpening({ workplacePrefectureCode: '14' }), matchRef);
    expect(v.value).toBe(0.6);
    expect(v.reasons).toEqual(['勤務地が同一地域（関東：東京都 → 神奈川県）']);
  });

  it('is 0.2 with a gap far away', () => {
    const v = regionFactor(aRegistrant(), anOpening({ workplacePrefectureCode: '27' }), matchRef);
    expect(v).toEqual({ value: 0.2, reasons: [], gaps: ['勤務地が遠方（東京都 → 大阪府）'], missing: false });
  });
});
