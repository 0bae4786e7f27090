import { modelPlanWith } from './__fixtures__/plan-builders';
import { planDeadlines, validateDeadlines } from './deadlines';
import type { TrainingPlanDraft } from './training-plan.types';

const plan = (
  start: string,
  end: string,
  submittedOn: string | null,
  more: Partial<TrainingPlanDraft> = {},
) =>
  modelPlanWith({ period: { start, end, specialReason: null }, submittedOn, jobCardIssuedOn: null, ...more });
const BEFORE_ALL = '2020-01-01';
const codes = (draft: TrainingPlanDraft, today = BEFORE_ALL) =>
  validateDeadlines(draft, today).map((f) => f.code);

describe('deadlines of the training plan (§5.11, counted by 民法 143)', () => {
  it('EX-TR-D1: submitted 2025-02-20 for 2025-04-01 – 2025-09-30: every date, no finding', () => {
    const draft = plan('2025-04-01', '2025-09-30', '2025-02-20', { jobCardIssuedOn: '2025-03-25' });
    expect(planDeadlines(draft)).toEqual({
      recommendedSubmissionBy: '2025-03-01',
      latestStart: '2025-08-20',
      jobCardSheetsDue: '2025-03-31',
      startNoticeDue: '2025-05-01',
      subsidyApplicationDue: '2025-11-30',
    });
    expect(validateDeadlines(draft, '2025-04-10')).toEqual([]);
  });

  it('EX-TR-D2: submitted 2025-01-15, the training may start up to 2025-07-15; 2025-07-16 is refused', () => {
    expect(planDeadlines(plan('2025-07-15', '2025-12-31', '2025-01-15')).latestStart).toBe('2025-07-15');
    expect(codes(plan('2025-07-15', '2025-12-31', '2025-01-15'))).toEqual([]);
    const [finding] = validateDeadlines(plan('2025-07-16', '2025-12-31', '2025-01-15'), BEFORE_ALL);
    expect(finding).toMatchObject({
      code: 'TRAINING_START_MORE_THAN_6_MONTHS_AFTER_SUBMISSION',
      severity: 'ERROR',
      field: 'period.start',
      rule: 'R-TR-17',
      seed: 'S001:227',
    });
    expect(finding?.message).toContain('提出日から6か月以内に開始');
    expect(finding?.message).toContain('開始できる最終日 2025年7月15日');
  });

  it('EX-TR-D3: submitted 2025-03-01 for a 2025-03-15 start: a warning (1 month before was 2025-02-15), not an error', () => {
    const draft = plan('2025-03-15', '2025-12-30', '2025-03-01', {
      period: { start: '2025-03-15', end: '2025-12-30', specialReason: '資格取得' },
    });
    const findings = validateDeadlines(draft, BEFORE_ALL);
    expect(findings.map((f) => [f.code, f.severity, f.field, f.rule])).toEqual([
      ['PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START', 'WARNING', 'submittedOn', 'R-TR-16'],
    ]);
    expect(findings[0]?.message).toContain('原則として訓練開始日の1か月前まで');
    expect(findings[0]?.message).toContain('2025年2月15日');
    expect(planDeadlines(draft)).toMatchObject({
      recommendedSubmissionBy: '2025-02-15',
      startNoticeDue: '2025-04-15',
      subsidyApplicationDue: '2026-02-28',
    });
    expect(codes(plan('2025-03-15', '2025-09-14', '2025-02-15'))).toEqual([]);
  });

  it('EX-TR-D4: a training ending 2025-02-28 is applied for by 2025-04-30 (not 04-28)', () => {
    expect(planDeadlines(plan('2024-09-01', '2025-02-28', null)).subsidyApplicationDue).toBe('2025-04-30');
  });

  it('deadlines on 28 February and on 29 February of a leap year (2028)', () => {
    expect(planDeadlines(plan('2026-07-01', '2026-12-31', null)).subsidyApplicationDue).toBe('2027-02-28');
    expect(planDeadlines(plan('2027-07-01', '2027-12-31', null)).subsidyApplicationDue).toBe('2028-02-29');
    expect(planDeadlines(plan('2027-01-29', '2027-06-30', null)).startNoticeDue).toBe('2027-02-28');
    expect(planDeadlines(plan('2028-01-29', '2028-06-30', null)).startNoticeDue).toBe('2028-02-29');
    expect(planDeadlines(plan('2027-03-29', '2027-08-31', null)).recommendedSubmissionBy).toBe('2027-02-28');
    expect(planDeadlines(plan('2028-03-29', '2028-08-31', null)).recommendedSubmissionBy).toBe('2028-02-29');
    expect(planDeadlines(plan('2028-03-01', '2028-08-31', null)).jobCardSheetsDue).toBe('2028-02-29');
  });

  it('submitted 2027-08-29, the latest start is 2028-02-29 (no 30 February): that day passes, 1 March does not', () => {
    expect(planDeadlines(plan('2028-02-29', '2028-08-28', '2027-08-29')).latestStart).toBe('2028-02-29');
    expect(codes(plan('2028-02-29', '2028-08-28', '2027-08-29'))).toEqual([]);
    expect(codes(plan('2028-03-01', '2028-08-31', '2027-08-29'))).toEqual([
      'TRAINING_START_MORE_THAN_6_MONTHS_AFTER_SUBMISSION',
    ]);
  });

  it('submitting on 29 February 2028 for a 29 March start is in time; 1 March is a warning', () => {
    expect(codes(plan('2028-03-29', '2028-09-28', '2028-02-29'))).toEqual([]);
    expect(codes(plan('2028-03-29', '2028-09-28', '2028-03-01'))).toEqual([
      'PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START',
    ]);
  });

  it('a plan submitted on or after the start cannot be certified before the training (R-TR-12): an error', () => {
    const [finding] = validateDeadlines(plan('2025-04-01', '2025-09-30', '2025-04-01'), BEFORE_ALL);
    expect(finding).toMatchObject({
      code: 'PLAN_SUBMITTED_ON_OR_AFTER_START',
      severity: 'ERROR',
      rule: 'R-TR-12',
    });
  });

  it('a plan not yet submitted is judged on today: past the recommended day a warning, at the start an error', () => {
    const draft = plan('2025-04-01', '2025-09-30', null);
    expect(codes(draft, '2025-03-01')).toEqual([]);
    expect(codes(draft, '2025-03-02')).toEqual(['PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START']);
    expect(codes(draft, '2025-04-01')).toEqual(['PLAN_NOT_SUBMITTED_BY_START', 'JOB_CARD_MISSING_AT_START']);
  });

  it('R-TR-19: the Job Card is issued strictly before the start; new graduates are exempt', () => {
    const issued = (jobCardIssuedOn: string | null, newGraduateWithoutJobCard = false) =>
      plan('2025-04-01', '2025-09-30', '2025-02-20', { jobCardIssuedOn, newGraduateWithoutJobCard });
    expect(codes(issued('2025-03-31'), '2025-04-10')).toEqual([]);
    const [onStart] = validateDeadlines(issued('2025-04-01'), '2025-04-10');
    expect(onStart).toMatchObject({
      code: 'JOB_CARD_NOT_ISSUED_BEFORE_START',
      severity: 'ERROR',
      field: 'jobCardIssuedOn',
      rule: 'R-TR-19',
      seed: 'S001:212',
    });
    expect(onStart?.message).toContain('訓練を開始するまでに');
    expect(onStart?.message).toContain('交付日 2025年4月1日');
    expect(codes(issued(null), '2025-03-31')).toEqual([]);
    expect(codes(issued(null), '2025-04-01')).toEqual(['JOB_CARD_MISSING_AT_START']);
    expect(codes(issued('2025-04-01', true), '2025-04-10')).toEqual([]);
    expect(codes(issued(null, true), '2025-04-10')).toEqual([]);
  });

  it('dates that are not real days give findings, not exceptions, and no deadline', () => {
    const draft = plan('2025-04-01', '2025-09-30', '2025-02-30', { jobCardIssuedOn: '2025-13-01' });
    expect(codes(draft)).toEqual(['SUBMISSION_DATE_INVALID', 'JOB_CARD_DATE_INVALID']);
    expect(planDeadlines(draft).latestStart).toBeNull();
    expect(planDeadlines(plan('', '2025-09-30', null))).toMatchObject({
      recommendedSubmissionBy: null,
      jobCardSheetsDue: null,
      startNoticeDue: null,
    });
    expect(codes(plan('', '2025-09-30', null))).toEqual([]);
  });
});
