import { validateCareerUpPlan } from './career-up-plan';
import type { CareerUpPlan, PlanPeriod } from './training-plan.types';

const TRAINING: PlanPeriod = { start: '2015-06-01', end: '2015-11-30', specialReason: null };
const plan = (
  start: string,
  end: string,
  measures = ['正規雇用等転換コース', '人材育成コース'],
): CareerUpPlan => ({
  start,
  end,
  measures,
});

describe('the career-up plan the training plan is based on (R-TR-4)', () => {
  it('EX-TR-4a: 2015-04-01 – 2018-03-31 (the seed example) is 3 years: no warning', () => {
    expect(validateCareerUpPlan(plan('2015-04-01', '2018-03-31'), TRAINING)).toEqual([]);
  });

  it('EX-TR-4a: 2015-04-01 – 2017-03-31 is 2 years: a warning naming the length', () => {
    const [finding] = validateCareerUpPlan(plan('2015-04-01', '2017-03-31'), TRAINING);
    expect(finding).toMatchObject({
      code: 'CAREER_UP_PLAN_LENGTH_NOT_3_TO_5_YEARS',
      severity: 'WARNING',
      field: 'careerUpPlan.end',
      rule: 'R-TR-4',
      seed: 'S001:156',
    });
    expect(finding?.message).toContain('3年～5年程度');
    expect(finding?.message).toContain('現在 2年');
  });

  it('5 years passes; 5 years and a day is a warning', () => {
    expect(validateCareerUpPlan(plan('2015-04-01', '2020-03-31'), TRAINING)).toEqual([]);
    const [finding] = validateCareerUpPlan(plan('2015-04-01', '2020-04-01'), TRAINING);
    expect(finding?.message).toContain('現在 5年1日');
  });

  it('the training must lie inside the plan period', () => {
    const late = validateCareerUpPlan(plan('2015-07-01', '2018-06-30'), TRAINING);
    expect(late.map((f) => [f.code, f.severity, f.field])).toEqual([
      ['CAREER_UP_PLAN_NOT_COVERING_TRAINING', 'ERROR', 'careerUpPlan.start'],
    ]);
    expect(late[0]?.message).toContain('2015年6月1日～2015年11月30日');
    expect(validateCareerUpPlan(plan('2012-11-30', '2015-11-29'), TRAINING).map((f) => f.field)).toEqual([
      'careerUpPlan.end',
    ]);
    expect(validateCareerUpPlan(plan('2015-06-01', '2018-05-31'), TRAINING)).toEqual([]);
  });

  it('its measures must include 人材育成コース (full-width spaces or NFKC variants still match)', () => {
    expect(
      validateCareerUpPlan(plan('2015-04-01', '2018-03-31', ['正規雇用等転換コース']), TRAINING),
    ).toEqual([
      expect.objectContaining({
        code: 'CAREER_UP_PLAN_WITHOUT_HUMAN_RESOURCE_COURSE',
        severity: 'ERROR',
        field: 'careerUpPlan.measures',
      }),
    ]);
    expect(validateCareerUpPlan(plan('2015-04-01', '2018-03-31', ['　人材育成コース ']), TRAINING)).toEqual(
      [],
    );
  });

  it('a missing plan, bad days or an end before the start are errors', () => {
    expect(validateCareerUpPlan(null, TRAINING).map((f) => [f.code, f.field])).toEqual([
      ['CAREER_UP_PLAN_MISSING', 'careerUpPlan'],
    ]);
    expect(validateCareerUpPlan(plan('2015-04-31', '2018-03-31'), TRAINING).map((f) => f.code)).toEqual([
      'CAREER_UP_PLAN_DATE_INVALID',
    ]);
    expect(validateCareerUpPlan(plan('2018-03-31', '2015-04-01'), TRAINING).map((f) => f.code)).toEqual([
      'CAREER_UP_PLAN_END_BEFORE_START',
    ]);
  });
});
