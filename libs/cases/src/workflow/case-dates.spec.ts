import { contractMonths } from './case-dates';

describe('contract months', () => {
  it('counts a contract in months started', () => {
    expect(contractMonths('2027-04-01', '2028-03-31')).toBe(12);
    expect(contractMonths('2027-01-15', '2027-07-14')).toBe(6);
    expect(contractMonths('2027-01-15', '2027-07-15')).toBe(7);
    expect(contractMonths('2027-01-01', '2027-01-01')).toBe(1);
  });
});
