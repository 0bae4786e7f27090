import { fiscalYearOf } from './fiscal-year';

describe('fiscalYearOf: the fiscal year (年度, April to March) of a day', () => {
  it.each([
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
    ['2026-01-01', 2025],
    ['2025-12-31', 2025],
    ['2025-04-01', 2025],
  ])('%s is in FY%i', (day, fiscalYear) => {
    expect(fiscalYearOf(day)).toBe(fiscalYear);
  });

  it('refuses what is not a real day rather than guessing a year', () => {
    expect(() => fiscalYearOf('2026-02-30')).toThrow('not a calendar date');
  });
});
