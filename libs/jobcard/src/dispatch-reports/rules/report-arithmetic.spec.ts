import { averageHours, floorDivide, hoursFigure, isBelowHours, tenureYearOf } from './report-arithmetic';

describe('hours shown to one decimal, rounded half up (spec §2.1)', () => {
  it.each([
    [7680, '128.0'],
    [495, '8.3'], // 8.25 h: half up, not to even
    [489, '8.2'], // 8.15 h
    [477, '8.0'], // 7.95 h
    [476, '7.9'], // 7.933… h
    [0, '0.0'],
  ])('%i minutes → %s h', (minutes, shown) => {
    expect(hoursFigure(minutes).shown).toBe(shown);
  });

  it('averages minutes over people: 140 h over 16 people is 8.75 → 8.8; nobody → null', () => {
    expect(averageHours(140 * 60, 16)?.shown).toBe('8.8');
    expect(averageHours(0, 0)).toBeNull();
  });

  it('compares the exact fraction: 959 min over 2 people is under 8 h, 960 is not', () => {
    const under = averageHours(959, 2);
    const exactly = averageHours(960, 2);
    expect(under && isBelowHours(under, 8)).toBe(true);
    expect(under?.shown).toBe('8.0');
    expect(exactly && isBelowHours(exactly, 8)).toBe(false);
  });

  it('divides integers exactly, rounding down', () => {
    expect(floorDivide(1_000_001, 300)).toBe(3333);
    expect(floorDivide(900, 300)).toBe(3);
    expect(floorDivide(899, 300)).toBe(2);
  });
});

describe('tenureYearOf: the worker’s year of employment (R-DR-9)', () => {
  it.each([
    ['2024-10-01', '2024-10-01', 1],
    ['2024-10-01', '2025-06-10', 1],
    ['2024-10-01', '2025-09-30', 1],
    ['2024-10-01', '2025-10-01', 2],
    ['2024-10-01', '2025-11-05', 2],
    ['2024-10-01', '2027-09-30', 3],
    ['2024-10-01', '2027-10-01', 4],
    ['2020-04-01', '2027-10-01', 8],
    // Hired on 29 February: the year ends on 28 February (民法 143), year 2 starts on 1 March.
    ['2024-02-29', '2025-02-28', 1],
    ['2024-02-29', '2025-03-01', 2],
  ])('hired %s, on %s: year %i', (hiredOn, day, year) => {
    expect(tenureYearOf(hiredOn, day)).toBe(year);
  });

  it('is null before the hire date', () => {
    expect(tenureYearOf('2024-10-01', '2024-09-30')).toBeNull();
  });
});
