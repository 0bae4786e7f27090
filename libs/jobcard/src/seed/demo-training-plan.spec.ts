import { validateTrainingLog } from '../training-logs/rules/validate-training-log';
import { validateTrainingPlan } from '../training-plans/rules/validate-training-plan';
import { demoPlanDraft, demoPlanLogs, demoSubsidyEstimate } from './demo-training-plan';

describe('the demo training plan', () => {
  it.each(['2026-12-07', '2027-01-31', '2027-03-01'])(
    'on %s is the seed model, under way, meeting every rule, with a week of logs that need no correction',
    (today) => {
      const draft = demoPlanDraft(today);
      expect(draft.period.start <= today && today <= draft.period.end).toBe(true);
      const validation = validateTrainingPlan(draft, today);
      expect(validation.findings).toEqual([]);
      expect(validation.figures.totalMinutes).toBe(425 * 60);
      const logs = demoPlanLogs(today);
      expect(validateTrainingLog({ period: draft.period, ...logs })).toEqual([]);
      expect(logs.ojt.every((entry) => entry.date <= today)).toBe(true);
    },
  );

  it('explains EX-SB-2a at STEP 2: 64,600 + 80,000 + 258,400 = 403,000 yen', () => {
    expect(demoSubsidyEstimate().result.trainees[0].totalComputation).toBe(
      '64,600円 + 80,000円 + 258,400円 = 403,000円',
    );
  });
});
