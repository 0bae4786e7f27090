import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { WorkingStyle, WorkingStyleWanted } from '../../talent-bank-enums';
import { workingStyleFactor } from './working-style.factor';

describe('workingStyleFactor', () => {
  it('is 1 for the style wished, or for either', () => {
    expect(workingStyleFactor(aRegistrant(), anOpening(), matchRef).reasons).toEqual([
      '勤務形態が希望に合う（短時間勤務（パートタイム））',
    ]);
    const either = aRegistrant({ workingStyle: WorkingStyleWanted.EITHER });
    expect(
      workingStyleFactor(either, anOpening({ workingStyle: WorkingStyle.FULL_TIME }), matchRef).value,
    ).toBe(1);
  });

  it('is 0 with a gap for another style', () => {
    expect(
      workingStyleFactor(aRegistrant(), anOpening({ workingStyle: WorkingStyle.FULL_TIME }), matchRef),
    ).toEqual({
      value: 0,
      reasons: [],
      gaps: ['希望は短時間勤務（パートタイム）、求人はフルタイム'],
      missing: false,
    });
  });

  it('is neutral and missing without a wish', () => {
    const v = workingStyleFactor(aRegistrant({ workingStyle: null }), anOpening(), matchRef);
    expect(v).toEqual({ value: 0.5, reasons: [], gaps: [], missing: true });
  });
});
