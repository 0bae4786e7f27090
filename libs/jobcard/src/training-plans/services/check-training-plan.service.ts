import { Injectable } from '@nestjs/common';
import { JobcardClock } from '../../jobcard-clock';
import { InputChecks } from '../../shared/input-checks';
import type { TrainingPlanDraftInput } from '../dtos/training-plan-draft.input';
import { toPlanDraft } from '../dtos/to-plan-draft';
import { toValidationModel } from '../plan-view';
import type { TrainingPlanValidationModel } from '../training-plan.model';
import { validateTrainingPlan } from '../rules/validate-training-plan';

/** The live check while a plan is typed: stateless, every rule of spec §5.1–§5.11, nothing stored or read. */
@Injectable()
export class CheckTrainingPlanService {
  constructor(private readonly clock: JobcardClock) {}

  validate(input: TrainingPlanDraftInput): TrainingPlanValidationModel {
    const checks = new InputChecks();
    const draft = toPlanDraft(checks, input, 'input');
    checks.throwIfAny();
    return toValidationModel(validateTrainingPlan(draft, this.clock.today()));
  }
}
