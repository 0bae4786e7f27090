import { addDays, daysBetween } from '@kakehashi/calendar';
import { ageOn, birthdayAt, lastDayWithinOneYearOf } from './age';

describe('ageOn', () => {
  it('rises on the birthday: the day before the 60th birthday is 59 (59 years and 364 days)', () => {
    expect(ageOn('1966-11-22', '2026-11-21')).toBe(59);
    expect(daysBetween(birthdayAt('1966-11-22', 59), '2026-11-21')).toBe(364);
    expect(ageOn('1966-11-22', '2026-11-22')).toBe(60);
    expect(ageOn('1966-11-21', '2026-11-21')).toBe(60);
    expect(ageOn('1950-01-01', '2026-11-21')).toBe(76);
  });

  it('counts a 29 February birthday on 1 March in a common year and on 29 February in a leap year', () => {
    expect(birthdayAt('1964-02-29', 62)).toBe('2026-03-01');
    expect(ageOn('1964-02-29', '2026-02-28')).toBe(61);
    expect(ageOn('1964-02-29', '2026-03-01')).toBe(62);
    expect(birthdayAt('1968-02-29', 60)).toBe('2028-02-29');
    expect(ageOn('1968-02-29', '2028-02-28')).toBe(59);
    expect(ageOn('1968-02-29', '2028-02-29')).toBe(60);
  });
});

describe('lastDayWithinOneYearOf', () => {
  it('is the anniversary of leaving: 365 days later is within the year, 366 days later is not', () => {
    const left = '2025-11-20';
    const last = lastDayWithinOneYearOf(left);
    expect(last).toBe('2026-11-20');
    expect(daysBetween(left, last)).toBe(365);
    expect(addDays(left, 366) > last).toBe(true);
  });

  it('runs 366 days when the year holds a 29 February, and ends on the month end without an anniversary', () => {
    expect(lastDayWithinOneYearOf('2027-02-28')).toBe('2028-02-29');
    expect(lastDayWithinOneYearOf('2027-03-01')).toBe('2028-03-01');
    expect(daysBetween('2027-03-01', '2028-03-01')).toBe(366);
    // The year starts on 29 February 2028, which has no anniversary: it ends at the end of February 2029.
    expect(lastDayWithinOneYearOf('2028-02-28')).toBe('2029-02-28');
    expect(lastDayWithinOneYearOf('2028-02-29')).toBe('2029-02-28');
    expect(lastDayWithinOneYearOf('2026-12-31')).toBe('2027-12-31');
  });
});
