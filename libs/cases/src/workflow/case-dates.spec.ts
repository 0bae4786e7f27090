import { addDays, addMonths, contractMonths, daysBetween, isValidDay } from './case-dates';

describe('case dates', () => {
  it('adds months, keeping the day or ending at the month end', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('counts a contract in months started', () => {
    expect(contractMonths('2027-04-01', '2028-03-31')).toBe(12);
    expect(contractMonths('2027-01-15', '2027-07-14')).toBe(6);
    expect(contractMonths('2027-01-15', '2027-07-15')).toBe(7);
    expect(contractMonths('2027-01-01', '2027-01-01')).toBe(1);
  });

  it('adds days across months and counts days between', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2027-01-01', '2027-03-01')).toBe(59);
    expect(daysBetween('2027-03-01', '2027-01-01')).toBe(-59);
  });

  it('accepts only real calendar days', () => {
    expect(isValidDay('2027-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2027-13-01')).toBe(false);
    expect(isValidDay('2027/01/01')).toBe(false);
  });
});
