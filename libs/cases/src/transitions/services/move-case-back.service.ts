import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { MoveCaseBackInput } from '../dtos/case-transition.inputs';
import { CaseAction } from '../../history/case-history.entity';
import {
  CASE_STAGE_LABELS,
  ESTABLISHING_STAGE,
  isEstablishedStage,
  stageIndex,
} from '../../workflow/case-stage';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import { collect, requiredTextError } from '../../cases/services/case-input.rules';

/**
 * Goes back to an earlier stage (e.g. the meeting is held again), with a reason in the history. The records already
 * made are kept. Once people are established the case cannot go back before the establishment: a correction records
 * what changed instead, so the statistics stay true.
 */
@Injectable()
export class MoveCaseBackService {
  constructor(private readonly runner: CaseCommandRunner) {}

  moveBack(user: AuthUser, input: MoveCaseBackInput): Promise<CaseEntity> {
    return this.runner.run(user, input, async (current) => {
      const problems = collect(requiredTextError('input.reason', input.reason, '戻す理由', 2000));
      const from = stageIndex(current.moveType, current.stage);
      const to = stageIndex(current.moveType, input.toStage);
      if (to < 0) {
        problems.push({ field: 'input.toStage', message: 'この案件の流れにない段階です。' });
      } else if (to >= from) {
        problems.push({
          field: 'input.toStage',
          message: `現在の段階(${CASE_STAGE_LABELS[current.stage]})より前の段階を選択してください。`,
        });
      }
      if (problems.length) throw CaseException.invalidInput(problems);
      const establishing = ESTABLISHING_STAGE[current.moveType];
      if (
        isEstablishedStage(current.moveType, current.stage) &&
        to < stageIndex(current.moveType, establishing)
      ) {
        throw CaseException.invalidTransition(
          `成立済みの案件は${CASE_STAGE_LABELS[establishing]}より前に戻せません。人数の変更は「成立人数の訂正」で記録してください。`,
          { stage: current.stage },
        );
      }
      return { action: CaseAction.MOVED_BACK, patch: {}, toStage: input.toStage, reason: input.reason };
    });
  }
}
