import type { PlanSubject } from '../../follow-ups/follow-up-plan';
import type { DemoCaseContext, DemoStep } from './demo-case-scenario';
import { followUpRecord } from './demo-refs';

/**
 * The follow-ups of an established case as a diligent consultant records them: each planned follow-up two days after
 * it fell due, as long as that is before `until` (a day; today at the latest), and the move to STEP6 right after the
 * first one (unless the case is there already). Follow-ups due later stay open: due, overdue or upcoming as the day of
 * loading has it.
 */
export function followUpSteps(
  c: DemoCaseContext,
  subject: PlanSubject,
  by: string,
  { until = c.today, inStep6 = false }: { until?: string; inStep6?: boolean } = {},
): DemoStep[] {
  const last = until < c.today ? until : c.today;
  const steps: DemoStep[] = [];
  c.followUpDays(subject)
    .map((dueOn) => ({ dueOn, heldOn: c.plus(dueOn, 2) }))
    .filter(({ heldOn }) => heldOn < last)
    .forEach(({ dueOn, heldOn }, n) => {
      steps.push({
        kind: 'followUp',
        at: c.at(heldOn, 14),
        by,
        taskDueOn: dueOn,
        record: followUpRecord(n, heldOn),
      });
      if (n === 0 && !inStep6) {
        steps.push({
          kind: 'advance',
          at: c.at(heldOn, 15),
          by,
          note: '初回のフォローアップを実施し、STEP6へ。',
        });
      }
    });
  return steps;
}
