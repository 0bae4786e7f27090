import { aRegistrant, anOpening, matchRef } from '../../__tests__/match-profiles';
import { hoursFactor, notMoreThan } from './hours.factor';

describe('notMoreThan', () => {
  it('is 1 up to the wish and 0 at twice it', () => {
    expect(notMoreThan(3, 2)).toBe(1);
    expect(notMoreThan(3, 3)).toBe(1);
    expect(notMoreThan(4, 6)).toBe(0.5);
    expect(notMoreThan(3, 7)).toBe(0);
  });
});

describe('hoursFactor', () => {
  it('is 1 within both wishes, with a reason for each', () => {
    expect(hoursFactor(aRegistrant(), anOpening(), matchRef)).toEqual({
      value: 1,
      reasons: [
        '勤務日数が希望の範囲内（週3日、希望は週3日まで）',
        '1日の勤務時間が希望の範囲内（6時間、希望は6時間まで）',
      ],
      gaps: [],
      missing: false,
    });
  });

  it('averages the days and hours over the wish, with gaps', () => {
    const v = hoursFactor(aRegistrant(), anOpening({ daysPerWeek: 5, hoursPerDay: 8 }), matchRef);
    expect(v.value).toBeCloseTo((1 / 3 + 2 / 3) / 2, 10);
    expect(v.gaps).toEqual([
      '勤務日数が希望より多い（週5日、希望は週3日まで）',
      '1日の勤務時間が希望より長い（8時間、希望は6時間まで）',
    ]);
  });

  it('scores only the side both state', () => {
    const v = hoursFactor(aRegistrant({ hoursPerDay: null }), anOpening({ daysPerWeek: 6 }), matchRef);
    expect(v.value).toBe(0);
    expect(v.reasons).toEqual([]);
  });

  it('is neutral and missing when neither is stated on both sides', () => {
    const v = hoursFactor(aRegistrant({ daysPerWeek: null }), anOpening({ hoursPerDay: null }), matchRef);
    expect(v).toEqual({ value: 0.5, reasons: [], gaps: [], missing: true });
  });
});
