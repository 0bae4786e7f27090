import { formatPeople, formatPercent, formatYen } from './japanese-numbers';

describe('numbers as Japanese screens show them', () => {
  it('groups yen by thousands', () => {
    expect(formatYen(1234000)).toBe('1,234,000円');
    expect(formatYen(0)).toBe('0円');
    expect(formatYen(999)).toBe('999円');
    expect(formatYen(1000)).toBe('1,000円');
    expect(formatYen(100000000)).toBe('100,000,000円');
    expect(formatYen(-25000)).toBe('-25,000円');
  });

  it('writes percentages and people', () => {
    expect(formatPercent(60)).toBe('60%');
    expect(formatPercent(59.2)).toBe('59.2%');
    expect(formatPeople(2)).toBe('2人');
    expect(formatPeople(12000)).toBe('12,000人');
  });

  it('refuses what is not a number', () => {
    expect(() => formatYen(Number.NaN)).toThrow();
    expect(() => formatPercent(Number.POSITIVE_INFINITY)).toThrow();
  });
});
