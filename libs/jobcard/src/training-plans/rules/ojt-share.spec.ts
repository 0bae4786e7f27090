import { hours } from './__fixtures__/plan-builders';
import { ojtSharePermille, validateOjtShare } from './ojt-share';

const check = (ojtMinutes: number, offJtMinutes: number) => validateOjtShare({ ojtMinutes, offJtMinutes });
const codes = (ojtMinutes: number, offJtMinutes: number) =>
  check(ojtMinutes, offJtMinutes).map((f) => f.code);

describe('OJT share: 全体の訓練時間数のOJTの占める割合が1割以上9割以下 (R-TR-5)', () => {
  it('EX-TR-5a: 340 h OJT, 85 h Off-JT is 80.0 %: valid', () => {
    expect(codes(hours(340), hours(85))).toEqual([]);
    expect(ojtSharePermille({ ojtMinutes: hours(340), offJtMinutes: hours(85) })).toBe(800);
  });

  it('EX-TR-5b: 200 h OJT, 15 h Off-JT is 93.0 %: refused, naming the share and the hours', () => {
    const [finding] = check(hours(200), hours(15));
    expect(finding).toMatchObject({
      code: 'OJT_SHARE_ABOVE_90_PERCENT',
      severity: 'ERROR',
      field: 'curriculum',
      rule: 'R-TR-5',
      seed: 'S001:181',
    });
    expect(finding?.message).toContain('1割以上9割以下');
    expect(finding?.message).toContain('現在 93.0%');
    expect(finding?.message).toContain('OJT 200時間／合計 215時間');
  });

  it('EX-TR-5c: 193 h 30 min OJT, 21 h 30 min Off-JT is exactly 90.0 %: valid', () => {
    expect(codes(hours(193, 30), hours(21, 30))).toEqual([]);
  });

  it('EX-TR-5d: 42 h 30 min OJT, 382 h 30 min Off-JT is exactly 10.0 %: valid', () => {
    expect(codes(hours(42, 30), hours(382, 30))).toEqual([]);
  });

  it('EX-TR-5e: 40 h OJT, 385 h Off-JT is 9.4 %: refused', () => {
    const [finding] = check(hours(40), hours(385));
    expect(finding?.code).toBe('OJT_SHARE_BELOW_10_PERCENT');
    expect(finding?.message).toContain('現在 9.4%');
  });

  it('EX-TR-5f: 383 h OJT, 42 h Off-JT is 90.1 %: refused', () => {
    expect(codes(hours(383), hours(42))).toEqual(['OJT_SHARE_ABOVE_90_PERCENT']);
    expect(check(hours(383), hours(42))[0]?.message).toContain('現在 90.1%');
  });

  it('boundary: one minute moved to OJT past 90 % is refused, and never shown as 90.0 %', () => {
    expect(codes(hours(193, 30) - 1, hours(21, 30) + 1)).toEqual([]);
    const [finding] = check(hours(193, 30) + 1, hours(21, 30) - 1);
    expect(finding?.code).toBe('OJT_SHARE_ABOVE_90_PERCENT');
    expect(finding?.message).toContain('現在 90.0%超');
  });

  it('boundary: one minute moved from OJT below 10 % is refused; one minute more is valid', () => {
    expect(codes(hours(42, 30) + 1, hours(382, 30) - 1)).toEqual([]);
    const [finding] = check(hours(42, 30) - 1, hours(382, 30) + 1);
    expect(finding?.code).toBe('OJT_SHARE_BELOW_10_PERCENT');
    expect(finding?.message).toContain('現在 10.0%未満');
  });

  it('asks for both kinds when one is missing, instead of a 0 % or 100 % share', () => {
    expect(codes(hours(425), 0)).toEqual(['OFF_JT_MISSING']);
    expect(codes(0, hours(425))).toEqual(['OJT_MISSING']);
    expect(codes(0, 0)).toEqual(['OJT_MISSING', 'OFF_JT_MISSING']);
    expect(ojtSharePermille({ ojtMinutes: 0, offJtMinutes: 0 })).toBeNull();
  });
});
