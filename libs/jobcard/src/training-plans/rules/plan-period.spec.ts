import { planPeriodMonths, validatePeriod } from './plan-period';

const codes = (start: string, end: string, specialReason: string | null = null) =>
  validatePeriod({ start, end, specialReason }).map((finding) => finding.code);

describe('planPeriodMonths: n whole months by 民法 143 and the days after (spec §5.5)', () => {
  it.each([
    ['2025-04-01', '2025-09-30', 6, 0],
    ['2025-04-01', '2025-06-29', 2, 29],
    ['2025-04-15', '2025-10-15', 6, 1],
    ['2025-04-01', '2025-11-30', 8, 0],
    ['2025-11-30', '2026-02-28', 3, 0],
    ['2025-04-01', '2025-09-15', 5, 15],
    ['2025-04-01', '2026-03-31', 12, 0],
    ['2025-04-01', '2025-04-01', 0, 1],
    ['2025-01-31', '2025-02-27', 0, 28],
    ['2025-01-31', '2025-02-28', 1, 0],
  ])('%s – %s lasts %i months and %i days', (start, end, months, days) => {
    expect(planPeriodMonths(start, end)).toEqual({ months, days });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => planPeriodMonths('2025-04-02', '2025-04-01')).toThrow(RangeError);
  });
});

describe('validatePeriod: 3か月以上6か月以下, 1年以下 with a special reason (R-TR-7)', () => {
  it('EX-TR-7a: 2025-04-01 – 2025-09-30 (6 months) is valid', () => {
    expect(codes('2025-04-01', '2025-09-30')).toEqual([]);
  });

  it('EX-TR-7b: 2025-04-01 – 2025-06-29 (2 months 29 days) is refused, naming the length and the first valid end', () => {
    const [finding] = validatePeriod({ start: '2025-04-01', end: '2025-06-29', specialReason: null });
    expect(finding).toMatchObject({
      code: 'PERIOD_SHORTER_THAN_3_MONTHS',
      severity: 'ERROR',
      field: 'period.end',
      rule: 'R-TR-7',
      seed: 'S001:183',
    });
    expect(finding?.message).toContain('3か月以上6か月以下');
    expect(finding?.message).toContain('現在 2か月29日');
    expect(finding?.message).toContain('2025年6月30日');
    expect(codes('2025-04-01', '2025-06-30')).toEqual([]);
  });

  it('EX-TR-7c: 2025-04-15 – 2025-10-15 (6 months 1 day) is refused without a special reason', () => {
    const [finding] = validatePeriod({ start: '2025-04-15', end: '2025-10-15', specialReason: null });
    expect(finding?.code).toBe('PERIOD_LONGER_THAN_6_MONTHS');
    expect(finding?.message).toContain('現在 6か月1日');
    expect(finding?.message).toContain('2025年10月14日');
    expect(codes('2025-04-15', '2025-10-14')).toEqual([]);
  });

  it('EX-TR-7d: 2025-04-01 – 2025-11-30 (8 months) is refused, valid with a special reason (up to 2026-03-31)', () => {
    expect(codes('2025-04-01', '2025-11-30')).toEqual(['PERIOD_LONGER_THAN_6_MONTHS']);
    expect(codes('2025-04-01', '2025-11-30', '資格取得')).toEqual([]);
    expect(codes('2025-04-01', '2025-11-30', '　 ')).toEqual(['PERIOD_LONGER_THAN_6_MONTHS']);
  });

  it('EX-TR-7e: 2025-11-30 – 2026-02-28 is exactly 3 months (no 30 February): valid', () => {
    expect(codes('2025-11-30', '2026-02-28')).toEqual([]);
    expect(codes('2025-11-30', '2026-02-27')).toEqual(['PERIOD_SHORTER_THAN_3_MONTHS']);
  });

  it('EX-TR-7f: 2025-04-01 – 2026-04-01 is refused even with a special reason (1 year ends 2026-03-31)', () => {
    const [finding] = validatePeriod({ start: '2025-04-01', end: '2026-04-01', specialReason: '資格取得' });
    expect(finding?.code).toBe('PERIOD_LONGER_THAN_1_YEAR');
    expect(finding?.message).toContain('現在 12か月1日');
    expect(finding?.message).toContain('2026年3月31日');
    expect(codes('2025-04-01', '2026-03-31', '資格取得')).toEqual([]);
  });

  it('says which day is not a date, and that an end before the start is wrong', () => {
    expect(validatePeriod({ start: '2025-02-30', end: '2025-13-01', specialReason: null })).toEqual([
      expect.objectContaining({ code: 'PERIOD_DATE_INVALID', field: 'period.start' }),
      expect.objectContaining({ code: 'PERIOD_DATE_INVALID', field: 'period.end' }),
    ]);
    expect(codes('2025-04-01', '2025-03-31')).toEqual(['PERIOD_END_BEFORE_START']);
  });
});
