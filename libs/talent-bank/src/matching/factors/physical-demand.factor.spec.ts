import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { PhysicalDemand } from '../../talent-bank-enums';
import { physicalDemandFactor } from './physical-demand.factor';

describe('physicalDemandFactor', () => {
  it('is 1 up to what the registrant can take', () => {
    expect(physicalDemandFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: ['身体的負担が対応できる範囲内（軽作業（座り仕事中心））'],
      gaps: [],
      missing: false,
    });
  });

  it('is 0.3 one step over, 0 beyond, with a gap', () => {
    const over = physicalDemandFactor(
      aRegistrant(),
      anOpening({ physicalDemand: PhysicalDemand.HEAVY }),
      matchRef,
    );
    expect(over.value).toBe(0.3);
    expect(over.gaps).toEqual([
      '身体的負担が対応できる程度を超える（求人は重作業（重量物の取扱いあり）、対応できるのは普通（立ち仕事・歩行あり）まで）',
    ]);
    const light = aRegistrant({ maxPhysicalDemand: PhysicalDemand.LIGHT });
    expect(
      physicalDemandFactor(light, anOpening({ physicalDemand: PhysicalDemand.HEAVY }), matchRef).value,
    ).toBe(0);
  });

  it('is neutral and missing when unknown', () => {
    expect(
      physicalDemandFactor(aRegistrant({ maxPhysicalDemand: null }), anOpening(), matchRef).missing,
    ).toBe(true);
  });
});
