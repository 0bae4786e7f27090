import { hasErrors } from '../../shared/rule-finding';
import { SEED_MODEL_PLAN } from './__fixtures__/seed-model-plan';
import { hours, modelPlanWith, offJtRow, ojtRow } from './__fixtures__/plan-builders';
import { validateTrainingPlan } from './validate-training-plan';

describe('validateTrainingPlan: the whole plan, its figures and deadlines', () => {
  it("the seed's model curriculum (S001:440–458) over 6 months is a valid plan without any finding", () => {
    const result = validateTrainingPlan(SEED_MODEL_PLAN, '2025-04-10');
    expect(result.findings).toEqual([]);
    expect(hasErrors(result.findings)).toBe(false);
    expect(result.figures).toEqual({
      ojtMinutes: hours(340),
      offJtMinutes: hours(85),
      offJtAttendedMinutes: hours(85),
      totalMinutes: hours(425),
      periodMonths: 6,
      periodDays: 0,
      convertedMinutesPer6Months: hours(425),
      minimumTotalMinutes: hours(425),
      ojtSharePermille: 800,
    });
    expect(result.deadlines).toEqual({
      recommendedSubmissionBy: '2025-03-01',
      latestStart: '2025-08-20',
      jobCardSheetsDue: '2025-03-31',
      startNoticeDue: '2025-05-01',
      subsidyApplicationDue: '2025-11-30',
    });
  });

  it('lists a broken plan’s findings in the spec’s order (§5.1 … §5.11), each with field, rule and seed', () => {
    const draft = modelPlanWith({
      type: 'DISPATCH_EMPLOYER',
      sendingCompanyName: null,
      hostCompanyName: '株式会社京都プレス',
      careerUpPlan: { start: '2025-04-01', end: '2028-03-31', measures: ['正規雇用等転換コース'] },
      postCompletionHandling: null,
      period: { start: '2025-04-01', end: '2025-06-29', specialReason: null },
      curriculum: [
        ojtRow(hours(200)),
        offJtRow(320, { unitMinutes: 50, offJtDelivery: 'OWN_STAFF', lecturerBasis: null }),
        offJtRow(0, { content: '' }),
      ],
      roles: {
        trainingLead: { name: '佐藤', regularEmployee: true },
        trainer: { name: '佐藤', regularEmployee: true },
        evaluationLead: { name: '田中', regularEmployee: false },
        evaluator: { name: '鈴木', regularEmployee: true },
      },
      submittedOn: '2025-03-10',
      jobCardIssuedOn: '2025-04-01',
    });
    const { findings, figures } = validateTrainingPlan(draft, '2025-04-10');
    expect(findings.map((f) => [f.code, f.field, f.rule])).toEqual([
      ['DISPATCH_SENDING_COMPANY_MISSING', 'sendingCompanyName', 'R-TR-2'],
      ['CAREER_UP_PLAN_WITHOUT_HUMAN_RESOURCE_COURSE', 'careerUpPlan.measures', 'R-TR-4'],
      ['POST_COMPLETION_HANDLING_MISSING', 'postCompletionHandling', 'R-TR-11'],
      ['PERIOD_SHORTER_THAN_3_MONTHS', 'period.end', 'R-TR-7'],
      ['PLAN_HOURS_BELOW_425', 'curriculum', 'R-TR-6'],
      ['OJT_SHARE_ABOVE_90_PERCENT', 'curriculum', 'R-TR-5'],
      ['OFF_JT_UNITS_NOT_WHOLE', 'curriculum.1.minutes', 'R-TR-13'],
      ['OFF_JT_LECTURER_BASIS_MISSING', 'curriculum.1.lecturerBasis', 'R-TR-14'],
      ['CURRICULUM_CONTENT_MISSING', 'curriculum.2.content', 'R-TR-8'],
      ['CURRICULUM_MINUTES_NOT_POSITIVE', 'curriculum.2.minutes', 'R-TR-8'],
      ['ROLE_HOLDER_NOT_REGULAR_EMPLOYEE', 'roles.evaluationLead', 'R-TR-15'],
      ['ROLE_LEAD_IS_TRAINER', 'roles.trainer', 'R-TR-15'],
      ['PLAN_SUBMITTED_LATER_THAN_1_MONTH_BEFORE_START', 'submittedOn', 'R-TR-16'],
      ['JOB_CARD_NOT_ISSUED_BEFORE_START', 'jobCardIssuedOn', 'R-TR-19'],
    ]);
    for (const finding of findings) {
      expect(finding.seed).toMatch(/^S00[13]:\d+$/);
      expect(finding.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
    // 2 months 29 days = 89/30 months: 200 h + 320 min over it converts to 200 h 20 min × 180 / 89.
    expect(figures).toMatchObject({
      ojtMinutes: hours(200),
      offJtMinutes: 320,
      totalMinutes: hours(205, 20),
      periodMonths: 2,
      periodDays: 29,
      convertedMinutesPer6Months: Math.floor((hours(205, 20) * 180) / 89),
      minimumTotalMinutes: Math.ceil((425 * 60 * 89) / 180),
    });
  });

  it('a period that cannot be measured leaves the converted figures empty and gives no hours finding', () => {
    const { findings, figures } = validateTrainingPlan(
      modelPlanWith({ period: { start: '2025-06-30', end: '2025-04-01', specialReason: null } }),
      '2025-01-01',
    );
    expect(findings.map((f) => f.code)).toEqual(['PERIOD_END_BEFORE_START']);
    expect(figures).toMatchObject({
      totalMinutes: hours(425),
      periodMonths: null,
      periodDays: null,
      convertedMinutesPer6Months: null,
      minimumTotalMinutes: null,
    });
  });

  it('counts Off-JT units as hours in the figures and the 425-hour rule', () => {
    // 42 units of 50 min (35 h attended) count 42 h: 340 + 42 + 43 = 425 h.
    const draft = modelPlanWith({
      curriculum: [ojtRow(hours(340)), offJtRow(42 * 50, { unitMinutes: 50 }), offJtRow(hours(43))],
    });
    const { findings, figures } = validateTrainingPlan(draft, '2025-04-10');
    expect(findings).toEqual([]);
    expect(figures).toMatchObject({
      offJtMinutes: hours(85),
      offJtAttendedMinutes: hours(78),
      totalMinutes: hours(425),
    });
  });
});
