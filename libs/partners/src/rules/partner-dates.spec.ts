import { inForceOn, parseCalendarDate } from './partner-dates';

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
});

describe('an agreement in force on a date', () => {
  const agreement = { signedOn: '2020-10-01', endedOn: '2023-02-02' };

  it('counts from its signing day', () => {
    expect(inForceOn(agreement, '2020-09-30')).toBe(false);
    expect(inForceOn(agreement, '2020-10-01')).toBe(true);
  });

  it('stops counting on its end date', () => {
    expect(inForceOn(agreement, '2023-02-01')).toBe(true);
    expect(inForceOn(agreement, '2023-02-02')).toBe(false);
  });

  it('counts for ever without an end', () => {
    expect(inForceOn({ signedOn: '2020-10-01', endedOn: null }, '2099-12-31')).toBe(true);
  });
});
