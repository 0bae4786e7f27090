import { RATE_TABLE_S001_2015, RATE_TABLE_S003, rateFor, rateTableOn } from './rate-tables';

describe('the dated subsidy rate tables', () => {
  it('picks seed 001’s table up to 2016-03-31 (its footnote, S001:276) and seed 003’s from the next day', () => {
    expect(rateTableOn('2015-04-10')?.id).toBe(RATE_TABLE_S001_2015.id);
    expect(rateTableOn('2016-03-31')?.id).toBe(RATE_TABLE_S001_2015.id);
    expect(rateTableOn('2016-04-01')?.id).toBe(RATE_TABLE_S003.id);
    expect(rateTableOn('2026-02-10')?.id).toBe(RATE_TABLE_S003.id);
  });

  it('has no table before the first day any seed gives amounts for', () => {
    expect(rateTableOn('2015-04-09')).toBeNull();
  });

  it('takes the latest table in force whatever the order they are listed in', () => {
    expect(rateTableOn('2020-01-01', [RATE_TABLE_S003, RATE_TABLE_S001_2015])?.id).toBe(RATE_TABLE_S003.id);
  });

  it('repeats the base amounts as uplift amounts where seed 001 prints none, and has no 有期→無期', () => {
    expect(rateFor(RATE_TABLE_S001_2015.ojtPerHour, 'LARGE', true)).toBe(700);
    expect(rateFor(RATE_TABLE_S001_2015.ojtPerHour, 'LARGE', false)).toBe(700);
    expect(RATE_TABLE_S001_2015.conversion.FIXED_TO_INDEFINITE).toBeNull();
    expect(rateFor(RATE_TABLE_S003.ojtPerHour, 'LARGE', true)).toBe(840);
  });
});
