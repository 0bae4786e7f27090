import {
  addDays,
  addMonths,
  daysBetween,
  isCalendarDay,
  japaneseDate,
  parseCalendarDate,
  todayInJapan,
} from './calendar-date';

describe('calendar dates', () => {
  it('reads the ways people type a date, and refuses dates that do not exist', () => {
    expect(parseCalendarDate('2023-02-02')).toBe('2023-02-02');
    expect(parseCalendarDate('２０２３/２/２')).toBe('2023-02-02');
    expect(parseCalendarDate('2023.2.2')).toBe('2023-02-02');
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2023-13-01')).toBeNull();
    expect(parseCalendarDate('令和5年2月2日')).toBeNull();
    expect(parseCalendarDate('')).toBeNull();
  });

  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2027-13-01')).toBe(false);
    expect(isCalendarDay('2027/01/01')).toBe(false);
  });

  it('refuses years no day of the work falls in (PostgreSQL refuses year 0 outright)', () => {
    expect(isCalendarDay('0000-01-01')).toBe(false);
    expect(isCalendarDay('1899-12-31')).toBe(false);
    expect(isCalendarDay('1900-01-01')).toBe(true);
    expect(isCalendarDay('2199-12-31')).toBe(true);
    expect(isCalendarDay('9999-12-31')).toBe(false);
    expect(parseCalendarDate('０００１/１/１')).toBeNull();
  });

  it('adds months, keeping the day or ending at the month end', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
  });

  it('adds days across months and counts days between', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2027-01-01', '2027-03-01')).toBe(59);
    expect(daysBetween('2027-03-01', '2027-01-01')).toBe(-59);
  });

  it('writes a day in Japanese', () => {
    expect(japaneseDate('2027-03-01')).toBe('2027年3月1日');
  });

  it('tells the day in Japan, not the server’s', () => {
    expect(todayInJapan(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});
