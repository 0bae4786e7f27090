import { formatDate, formatDateTime, formatFiscalYear, todayInJapan } from './dates';
import { formatCount, formatPercent, formatYen } from './numbers';

describe('dates', () => {
  it('shows the Western date with the Japanese era year in brackets', () => {
    expect(formatDate('2026-12-06')).toBe('2026年12月6日（令和8年）');
    expect(formatDate('2019-04-30')).toBe('2019年4月30日（平成31年）');
  });

  it('shows a date-time in Japan time, whatever the instant was written in', () => {
    expect(formatDateTime('2026-12-05T23:30:00Z')).toBe('2026年12月6日（令和8年） 08:30');
  });

  it('labels a fiscal year with its era year', () => {
    expect(formatFiscalYear(2026)).toBe('2026年度（令和8年度）');
    expect(formatFiscalYear(2018)).toBe('2018年度（平成30年度）');
  });

  it('knows which day it is in Japan when it is still yesterday in UTC', () => {
    expect(todayInJapan(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06');
  });
});

describe('numbers', () => {
  it('formats yen with thousands separators', () => {
    expect(formatYen(1234000)).toBe('1,234,000円');
  });

  it('rounds shares for people', () => {
    expect(formatPercent(0.6)).toBe('60%');
    expect(formatCount(1200, '件')).toBe('1,200件');
  });
});
