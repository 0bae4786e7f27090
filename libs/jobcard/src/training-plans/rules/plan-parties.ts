// What the plan must name besides its curriculum: for 派遣事業主活用型 both the dispatching (派遣元) and the client
// (派遣先) business, who draft the plan together (R-TR-2, S001:47); and, for every type, the handling after
// completion such as the renewal of the labour contract (R-TR-11, S001:187).
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { isFilled, planError } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { TrainingPlanDraft } from './training-plan.types';

type PartiesInput = Pick<TrainingPlanDraft, 'type' | 'sendingCompanyName' | 'hostCompanyName'>;

/** R-TR-2: DISPATCH_EMPLOYER needs both companies; the other types ignore the two fields. */
export function validateDispatchCompanies(draft: PartiesInput): RuleFinding[] {
  if (draft.type !== 'DISPATCH_EMPLOYER') return [];
  return [
    ...(isFilled(draft.sendingCompanyName)
      ? []
      : [planError(F.DISPATCH_SENDING_COMPANY_MISSING, 'sendingCompanyName', M.sendingCompanyMissing())]),
    ...(isFilled(draft.hostCompanyName)
      ? []
      : [planError(F.DISPATCH_HOST_COMPANY_MISSING, 'hostCompanyName', M.hostCompanyMissing())]),
  ];
}

/** R-TR-11: 訓練を修了した訓練受講者の労働契約の更新などの取り扱いなどを定めていること. */
export function validatePostCompletionHandling(handling: string | null): RuleFinding[] {
  if (isFilled(handling)) return [];
  return [
    planError(
      F.POST_COMPLETION_HANDLING_MISSING,
      'postCompletionHandling',
      M.postCompletionHandlingMissing(),
    ),
  ];
}
