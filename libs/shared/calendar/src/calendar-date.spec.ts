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

  it('tells the same day as the time zone data, on either side of every midnight in Japan and of the summer times', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' });
    const instants = [
      // The summer times of 1948–1951 (the zone data's answer), the fixed offset's first day, recent days.
      ...['1949-05-01T14:30:00Z', '1951-09-07T15:30:00Z', '1951-12-31T14:59:59Z', '1951-12-31T15:00:00Z'],
      ...['1952-01-01T00:00:00Z', '2024-02-28T15:00:00Z', '2026-12-31T14:59:59.999Z', '2099-12-31T15:00:00Z'],
    ].map((text) => new Date(text));
    // Every 7 hours and 13 minutes over three years: each hour of the day, month ends and a leap day.
    for (let time = Date.UTC(2027, 0, 1); time < Date.UTC(2030, 0, 1); time += 26_000_000) {
      instants.push(new Date(time));
    }
    for (const instant of instants) {
      expect({ instant, day: todayInJapan(instant) }).toEqual({ instant, day: zone.format(instant) });
    }
  });
});
