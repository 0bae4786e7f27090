import { draftPath, messagesByInput, planFieldId, withFindings } from './plan-fields';
import { logFieldId } from './log-form';

describe('where the API’s findings show on the plan page', () => {
  it('lands the live check’s, a refused save’s and a refused acceptance’s paths on the same inputs', () => {
    expect(draftPath('input.draft.period.end')).toBe('period.end');
    expect(planFieldId('period.end')).toBe('plan-end');
    expect(planFieldId('draft.period.end')).toBe('plan-end');
    expect(planFieldId('curriculum.2.minutes')).toBe('plan-row-2-hours');
    expect(planFieldId('draft.curriculum.0.unitMinutes')).toBe('plan-row-0-unitMinutes');
    expect(planFieldId('roles.trainer')).toBe('plan-role-trainer-name');
    expect(planFieldId('traineeFacts.history')).toBe('plan-eligibility-field');
    expect(planFieldId('traineeName')).toBe('plan-trainee-name');
  });

  it('leaves a path the page has no input for to the summary alone', () => {
    expect(planFieldId('somethingElse')).toBeUndefined();
  });

  it('joins the messages that land on one input, once each', () => {
    const byInput = messagesByInput([
      { field: 'roles.trainer', message: '正社員ではありません。' },
      { field: 'roles.trainer.name', message: '氏名がありません。' },
      { field: 'draft.roles.trainer', message: '正社員ではありません。' },
      { field: null, message: '全体の指摘' },
    ]);
    expect(byInput.get('plan-role-trainer-name')).toBe('正社員ではありません。 氏名がありません。');
    expect(byInput.size).toBe(1);
  });

  it('finds the daily logs’ inputs', () => {
    expect(logFieldId('ojt.3.to')).toBe('log-ojt-3-to');
    expect(logFieldId('input.offJt.0.excludedMinutes')).toBe('log-offJt-0-excludedMinutes');
    expect(logFieldId('planId')).toBeUndefined();
  });

  it('turns a refused acceptance’s findings into its fields, the general message kept', () => {
    const refused = withFindings({
      message: '確認済みにできません。',
      fields: [],
      extensions: {
        findings: [{ code: 'PLAN_HOURS_BELOW_425', field: 'curriculum', message: '425時間以上必要です' }],
      },
    });
    expect(refused.fields).toEqual([{ field: 'curriculum', message: '425時間以上必要です' }]);
    expect(refused.message).toBe('確認済みにできません。');
    const already = { fields: [{ field: 'traineeName', message: '氏名' }], extensions: { findings: [] } };
    expect(withFindings(already)).toBe(already);
  });
});
