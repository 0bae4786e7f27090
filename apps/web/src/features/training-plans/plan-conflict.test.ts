import { conflictDifferences } from '../../shared/record-conflict';
import { mergePlanEdits, PLAN_PARTS, planValues, type PlanEdit } from './plan-conflict';
import { emptyPlanForm, emptyRow } from './plan-form';

const label = (value: string) => ({ BASIC: '基本型', OJT: 'OJT（実習）' })[value] ?? value;

const base: PlanEdit = {
  traineeName: '見本 実習生',
  form: {
    ...emptyPlanForm(),
    start: '2025-04-01',
    end: '2025-09-30',
    curriculum: [{ ...emptyRow(0), name: '加工', content: '操作', hours: 340, minutes: 0 }],
  },
};

describe('a stale save of a plan', () => {
  it('names the parts that differ, in words, and who changed them', () => {
    const yours = { ...base, form: { ...base.form, end: '2025-10-31' } };
    const current = { ...base, traineeName: '見本 太郎' };
    const differences = conflictDifferences(
      PLAN_PARTS,
      planValues(base, label),
      planValues(yours, label),
      planValues(current, label),
    );
    expect(differences).toEqual([
      { field: 'traineeName', yours: '見本 実習生', current: '見本 太郎', changedBy: 'other' },
      {
        field: 'period',
        yours: '2025-04-01〜2025-10-31',
        current: '2025-04-01〜2025-09-30',
        changedBy: 'you',
      },
    ]);
    expect(planValues(base, label).curriculum).toBe('OJT（実習） 加工 340時間：操作');
  });

  it('lays the user’s changes over the stored plan and keeps the other person’s', () => {
    const yours = { ...base, form: { ...base.form, end: '2025-10-31' } };
    const current = {
      ...base,
      traineeName: '見本 太郎',
      form: { ...base.form, roleOverrideReason: '小規模のため' },
    };
    const merged = mergePlanEdits(base, yours, current, label);
    expect(merged.traineeName).toBe('見本 太郎');
    expect(merged.form.end).toBe('2025-10-31');
    expect(merged.form.roleOverrideReason).toBe('小規模のため');
  });
});
