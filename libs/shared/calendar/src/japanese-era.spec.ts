import { addDays, FIRST_YEAR, LAST_YEAR } from './calendar-date';
import {
  formatFiscalYear,
  formatJapaneseDate,
  japaneseEraDate,
  japaneseEraFiscalYear,
  japaneseEraYear,
} from './japanese-era';

describe('days and fiscal years with their Japanese era', () => {
  it('writes a day as the Western date with the era year beside it', () => {
    expect(formatJapaneseDate('2026-12-06')).toBe('2026年12月6日（令和8年）');
    expect(formatJapaneseDate('2027-01-05')).toBe('2027年1月5日（令和9年）');
    expect(formatJapaneseDate('2000-02-29')).toBe('2000年2月29日（平成12年）');
  });

  it('calls the first year of an era 元年, from the day the era begins', () => {
    expect(formatJapaneseDate('2019-04-30')).toBe('2019年4月30日（平成31年）');
    expect(formatJapaneseDate('2019-05-01')).toBe('2019年5月1日（令和元年）');
    expect(formatJapaneseDate('2020-01-01')).toBe('2020年1月1日（令和2年）');
    expect(japaneseEraYear('1989-01-07')).toBe('昭和64年');
    expect(japaneseEraYear('1989-01-08')).toBe('平成元年');
    expect(japaneseEraYear('1926-12-24')).toBe('大正15年');
    expect(japaneseEraYear('1926-12-25')).toBe('昭和元年');
    expect(japaneseEraYear('1912-07-29')).toBe('明治45年');
    expect(japaneseEraYear('1912-07-30')).toBe('大正元年');
    expect(japaneseEraDate('2023-02-02')).toBe('令和5年2月2日');
  });

  it('agrees with Intl’s Japanese calendar on every era boundary and the first of every month', () => {
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    // Node ships full ICU (the project needs Node 20.19+); a browser or small-ICU build may write 1年 or no era.
    expect(intl.format(new Date(Date.UTC(2019, 4, 1)))).toBe('令和元年');
    const days: string[] = [];
    for (const start of ['1912-07-30', '1926-12-25', '1989-01-08', '2019-05-01']) {
      for (let offset = -3; offset <= 3; offset += 1) days.push(addDays(start, offset));
    }
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      for (let month = 1; month <= 12; month += 1) days.push(`${year}-${String(month).padStart(2, '0')}-01`);
    }
    const differing = days.filter(
      (day) => japaneseEraYear(day) !== intl.format(new Date(`${day}T00:00:00Z`)),
    );
    expect(differing).toEqual([]);
    expect(days.length).toBeGreaterThan(3600);
  });

  it('names a fiscal year by the era in force for most of it', () => {
    expect(formatFiscalYear(2026)).toBe('2026年度（令和8年度）');
    expect(japaneseEraFiscalYear(2019)).toBe('令和元年度');
    expect(japaneseEraFiscalYear(2018)).toBe('平成30年度');
    expect(japaneseEraFiscalYear(1989)).toBe('平成元年度');
    expect(japaneseEraFiscalYear(1988)).toBe('昭和63年度');
    expect(japaneseEraFiscalYear(2022)).toBe('令和4年度');
  });

  it('refuses what is not a day or a fiscal year of the work', () => {
    expect(() => formatJapaneseDate('2026-02-30')).toThrow();
    expect(() => formatJapaneseDate('2026/12/06')).toThrow();
    expect(() => formatJapaneseDate('1899-12-31')).toThrow();
    expect(() => formatFiscalYear(2026.5)).toThrow();
  });
});
