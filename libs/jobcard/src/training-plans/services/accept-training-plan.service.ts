import type { AuthUser } from '@kakehashi/authz';
import { isCalendarDay } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { traineeEligibility } from '../../eligibility/rules/trainee-eligibility';
import { JobcardClock } from '../../jobcard-clock';
import { JobcardException } from '../../jobcard.exception';
import { hasErrors, type RuleFinding } from '../../shared/rule-finding';
import type { TrainingPlanEntity } from '../training-plan.entity';
import { TRAINING_PLAN_API_MESSAGES as M } from '../training-plans.messages';
import { validateTrainingPlan } from '../rules/validate-training-plan';
import { PlanCommandRunner } from './plan-command.runner';

/**
 * Every finding that blocks the plan: the rules of spec §5.1–§5.11 on the draft and, when the trainee's facts are
 * recorded, the eligibility of §5.12 over the plan's period (their fields under `traineeFacts.`).
 */
export function planFindings(plan: TrainingPlanEntity, today: string): RuleFinding[] {
  const findings: RuleFinding[] = [...validateTrainingPlan(plan.draft, today).findings];
  const { start, end } = plan.draft.period;
  if (plan.traineeFacts && isCalendarDay(start) && isCalendarDay(end)) {
    const judged = traineeEligibility({ ...plan.traineeFacts, trainingStart: start, trainingEnd: end });
    findings.push(
      ...judged.findings.map((finding) => ({
        ...finding,
        field: finding.field === null ? 'traineeFacts' : `traineeFacts.${finding.field}`,
      })),
    );
  }
  return findings;
}

/** Marks a plan as meeting every rule; refused (RULES_NOT_MET) with every error, field by field, until none remain. */
@Injectable()
export class AcceptTrainingPlanService {
  constructor(
    private readonly runner: PlanCommandRunner,
    private readonly clock: JobcardClock,
  ) {}

  async accept(user: AuthUser, id: string, version: number): Promise<TrainingPlanEntity> {
    return this.runner.run(user, { planId: id, expectedVersion: version }, async (current) => {
      const findings = planFindings(current, this.clock.today());
      if (hasErrors(findings)) throw JobcardException.rulesNotMet(M.notAccepted, findings);
      return { status: 'ACCEPTED' };
    });
  }
}
