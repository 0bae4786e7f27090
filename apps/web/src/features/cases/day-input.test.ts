import { normalizeDay, readableDay } from './day-input';

describe('a day as typed', () => {
  it('reads the ways a Japanese office writes a day', () => {
    expect(normalizeDay('2026-12-01')).toBe('2026-12-01');
    expect(normalizeDay('2026/12/1')).toBe('2026-12-01');
    expect(normalizeDay('２０２６年１２月１日')).toBe('2026-12-01');
    expect(normalizeDay('令和8年12月1日')).toBe('2026-12-01');
    expect(normalizeDay('平成元年1月8日')).toBe('1989-01-08');
    expect(normalizeDay(' ')).toBeNull();
  });

  it('leaves what it cannot read as typed, for the API to refuse at the field', () => {
    expect(normalizeDay('2026/02/30')).toBe('2026/02/30');
    expect(normalizeDay('来週')).toBe('来週');
    expect(readableDay('来週')).toBeNull();
    expect(readableDay('2026/2/3')).toBe('2026-02-03');
  });
});
