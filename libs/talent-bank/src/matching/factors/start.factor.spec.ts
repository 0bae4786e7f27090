import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { startFactor } from './start.factor';

describe('startFactor', () => {
  it('is 1 in time for the opening', () => {
    expect(startFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: ['就業可能日（2027年1月4日）が求人の開始時期（2027年2月1日）に間に合う'],
      gaps: [],
      missing: false,
    });
  });

  it('loses value per day late, nothing after 90 days', () => {
    const late = startFactor(aRegistrant({ earliestStartOn: '2027-03-03' }), anOpening(), matchRef);
    expect(late.value).toBeCloseTo(1 - 30 / 90, 10);
    expect(late.gaps).toEqual(['就業可能日が求人の開始時期より30日遅い']);
    expect(startFactor(aRegistrant({ earliestStartOn: '2027-12-01' }), anOpening(), matchRef).value).toBe(0);
  });

  it('is neutral and missing without a date on either side', () => {
    expect(startFactor(aRegistrant({ earliestStartOn: null }), anOpening(), matchRef).missing).toBe(true);
    expect(startFactor(aRegistrant(), anOpening({ startBy: null }), matchRef).missing).toBe(true);
  });
});
