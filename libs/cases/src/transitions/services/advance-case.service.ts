import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { AdvanceCaseInput } from '../dtos/case-transition.inputs';
import { CaseAction } from '../../history/case-history.entity';
import { describeMissing, missingToEnter } from '../../workflow/case-checklist';
import { CaseStageGuards } from '../../workflow/case-stage-guards';
import { CASE_STAGE_LABELS, CaseStage, ESTABLISHING_STAGE, nextStage } from '../../workflow/case-stage';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import { CaseFactsLoader } from '../../cases/services/case-facts.loader';

/**
 * Moves a case to the next stage of its flow once the current stage's required items (and the next stage's guards)
 * are done. The establishment and the completion have their own use cases: they record more than a stage.
 */
@Injectable()
export class AdvanceCaseService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly facts: CaseFactsLoader,
    private readonly guards: CaseStageGuards,
  ) {}

  advance(user: AuthUser, input: AdvanceCaseInput): Promise<CaseEntity> {
    return this.runner.run(user, input, async (current, tx) => {
      const target = nextStage(current.moveType, current.stage);
      if (!target) throw CaseException.closed(current.stage);
      if (target === ESTABLISHING_STAGE[current.moveType]) {
        throw CaseException.invalidTransition(
          `${CASE_STAGE_LABELS[target]}へは、開始日(採用日)と人数を「成立の記録」で登録して進めてください。`,
          { stage: current.stage, target },
        );
      }
      if (target === CaseStage.COMPLETED) {
        throw CaseException.invalidTransition(
          '案件の完了は、結果と完了日を「完了の記録」で登録してください。',
          {
            stage: current.stage,
            target,
          },
        );
      }
      const missing = [
        ...missingToEnter(target, await this.facts.load(tx, current)),
        ...(await this.guards.missingToEnter(tx, current, target)),
      ];
      if (missing.length) {
        throw CaseException.requirementsMissing(describeMissing(CASE_STAGE_LABELS[target], missing), missing);
      }
      return { action: CaseAction.ADVANCED, patch: {}, toStage: target, reason: input.note };
    });
  }
}
