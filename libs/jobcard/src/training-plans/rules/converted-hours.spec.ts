import { hours, planOver } from './__fixtures__/plan-builders';
import { convertedHours, validateConvertedHours } from './converted-hours';
import { planPeriodMonths } from './plan-period';
import { validateTrainingPlan } from './validate-training-plan';

const over = (start: string, end: string, totalMinutes: number) =>
  convertedHours(totalMinutes, planPeriodMonths(start, end));
const findingsOver = (start: string, end: string, totalMinutes: number) =>
  validateConvertedHours(totalMinutes, planPeriodMonths(start, end));

const SIX_MONTHS = ['2025-04-01', '2025-09-30'] as const;
const FOUR_MONTHS = ['2025-04-01', '2025-07-31'] as const;
const THREE_MONTHS = ['2025-04-01', '2025-06-30'] as const;
const FIVE_AND_A_HALF = ['2025-04-01', '2025-09-15'] as const;

describe('hours converted to a 6-month basis: 6か月当たりに換算した訓練時間数が425時間以上 (R-TR-6)', () => {
  it('EX-TR-6a: the seed model, 340 + 85 = 425 h over 6 months, converts to 425 h: valid', () => {
    const plan = planOver(...SIX_MONTHS, hours(340), hours(85));
    const { findings, figures } = validateTrainingPlan(plan, '2025-01-01');
    expect(findings).toEqual([]);
    expect(figures).toMatchObject({ totalMinutes: hours(425), convertedMinutesPer6Months: hours(425) });
  });

  it('EX-TR-6b: 280 h over 4 months converts to 420 h: refused, naming 420 h and the 283 h 20 min needed', () => {
    expect(over(...FOUR_MONTHS, hours(280))).toEqual({
      convertedMinutesPer6Months: hours(420),
      minimumTotalMinutes: hours(283, 20),
      sufficient: false,
    });
    const [finding] = findingsOver(...FOUR_MONTHS, hours(280));
    expect(finding).toMatchObject({
      code: 'PLAN_HOURS_BELOW_425',
      severity: 'ERROR',
      rule: 'R-TR-6',
      seed: 'S001:182',
    });
    expect(finding?.message).toContain('6か月当たりに換算した訓練時間数が425時間以上');
    expect(finding?.message).toContain('現在 420時間');
    expect(finding?.message).toContain('283時間20分以上');
  });

  it('EX-TR-6c: 284 h over 4 months converts to 426 h: valid', () => {
    expect(over(...FOUR_MONTHS, hours(284))).toMatchObject({
      convertedMinutesPer6Months: hours(426),
      sufficient: true,
    });
    expect(findingsOver(...FOUR_MONTHS, hours(284))).toEqual([]);
  });

  it('EX-TR-6d: 283 h over 4 months converts to 424.5 h: refused', () => {
    expect(over(...FOUR_MONTHS, hours(283))).toMatchObject({
      convertedMinutesPer6Months: hours(424, 30),
      sufficient: false,
    });
    expect(findingsOver(...FOUR_MONTHS, hours(283))[0]?.message).toContain('現在 424時間30分');
  });

  it('EX-TR-6e: 200 + 13 = 213 h over 3 months converts to 426 h: hours valid, the OJT share (93.9 %) is not', () => {
    const plan = planOver(...THREE_MONTHS, hours(200), hours(13));
    const { findings, figures } = validateTrainingPlan(plan, '2025-01-01');
    expect(figures.convertedMinutesPer6Months).toBe(hours(426));
    expect(findings.map((finding) => finding.code)).toEqual(['OJT_SHARE_ABOVE_90_PERCENT']);
    expect(findings[0]?.message).toContain('93.9%');
  });

  it('EX-TR-6f: 212 h over 3 months converts to 424 h: refused (212 h 30 min is the least)', () => {
    expect(over(...THREE_MONTHS, hours(212))).toEqual({
      convertedMinutesPer6Months: hours(424),
      minimumTotalMinutes: hours(212, 30),
      sufficient: false,
    });
    expect(over(...THREE_MONTHS, hours(212, 30)).sufficient).toBe(true);
  });

  it('EX-TR-6g: 390 h over 5 months 15 days (5.5) converts to 425.45 h: valid', () => {
    expect(over(...FIVE_AND_A_HALF, hours(390))).toMatchObject({
      convertedMinutesPer6Months: hours(425, 27),
      sufficient: true,
    });
  });

  it('EX-TR-6h: 389 h over the same 5.5 months converts to 424.36 h: refused (389 h 35 min is the least)', () => {
    expect(over(...FIVE_AND_A_HALF, hours(389))).toEqual({
      convertedMinutesPer6Months: hours(424, 21),
      minimumTotalMinutes: hours(389, 35),
      sufficient: false,
    });
    const message = findingsOver(...FIVE_AND_A_HALF, hours(389))[0]?.message;
    expect(message).toContain('現在 424時間21分');
    expect(message).toContain('訓練期間5か月15日');
  });

  it('EX-TR-6i: 700 + 1,250 h over 12 months (special reason) converts to 975 h: valid', () => {
    const plan = planOver('2025-04-01', '2026-03-31', hours(700), hours(1250), '資格取得');
    const { findings, figures } = validateTrainingPlan(plan, '2025-01-01');
    expect(findings).toEqual([]);
    expect(figures).toMatchObject({
      convertedMinutesPer6Months: hours(975),
      minimumTotalMinutes: hours(850),
    });
  });

  it('EX-TR-6j: 420 h over 5 months converts to 504 h: valid; the same 420 h over 6 months is 420 h: refused', () => {
    expect(over('2025-04-01', '2025-08-31', hours(420))).toMatchObject({
      convertedMinutesPer6Months: hours(504),
      sufficient: true,
    });
    expect(findingsOver(...SIX_MONTHS, hours(420)).map((finding) => finding.code)).toEqual([
      'PLAN_HOURS_BELOW_425',
    ]);
  });

  it('boundary: exactly 425 h over 6 months passes; 424 h 59 min and 424 h do not', () => {
    expect(findingsOver(...SIX_MONTHS, hours(425))).toEqual([]);
    const oneMinuteShort = findingsOver(...SIX_MONTHS, hours(424, 59));
    expect(oneMinuteShort.map((finding) => finding.code)).toEqual(['PLAN_HOURS_BELOW_425']);
    expect(oneMinuteShort[0]?.message).toContain('現在 424時間59分');
    expect(findingsOver(...SIX_MONTHS, hours(424))[0]?.message).toContain('現在 424時間');
  });

  it('boundary: 283 h 20 min over 4 months is exactly 425 converted hours; one minute less is not', () => {
    expect(over(...FOUR_MONTHS, hours(283, 20))).toMatchObject({
      convertedMinutesPer6Months: hours(425),
      sufficient: true,
    });
    expect(over(...FOUR_MONTHS, hours(283, 19)).sufficient).toBe(false);
  });
});
