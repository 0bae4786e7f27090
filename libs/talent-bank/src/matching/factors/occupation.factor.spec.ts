import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { occupationCloseness, occupationFactor } from './occupation.factor';

describe('occupationFactor', () => {
  it('is 1 for a wished occupation', () => {
    expect(occupationFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: ['希望職種に合う（事務従事者）'],
      gaps: [],
      missing: false,
    });
  });

  it('takes the closest wished group and gives the engine’s reason', () => {
    const near = occupationFactor(aRegistrant({ desiredOccupationCodes: ['K', 'A'] }), anOpening(), matchRef);
    expect(near.value).toBe(occupationCloseness('A', 'C'));
    expect(near.value).toBeGreaterThan(0);
    expect(near.reasons).toEqual([
      '希望職種に近い（管理的職業従事者 → 事務従事者：管理職の経験は管理部門・事務の統括に活かせる）',
    ]);
  });

  it('is 0 with a gap for an unrelated occupation', () => {
    const far = occupationFactor(aRegistrant({ desiredOccupationCodes: ['K'] }), anOpening(), matchRef);
    expect(far).toEqual({
      value: 0,
      reasons: [],
      gaps: ['希望職種（運搬・清掃・包装等従事者）と異なる（事務従事者）'],
      missing: false,
    });
  });

  it('is neutral and missing without wishes or for an unclassifiable opening', () => {
    expect(occupationFactor(aRegistrant({ desiredOccupationCodes: [] }), anOpening(), matchRef)).toEqual({
      value: 0.5,
      reasons: [],
      gaps: [],
      missing: true,
    });
    expect(occupationFactor(aRegistrant(), anOpening({ occupationCode: 'L' }), matchRef).missing).toBe(true);
  });
});
