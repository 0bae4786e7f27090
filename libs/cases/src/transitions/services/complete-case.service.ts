import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { CompleteCaseInput } from '../dtos/case-transition.inputs';
import { CaseReminderScheduler } from '../../follow-ups/services/case-reminder.scheduler';
import { CaseAction } from '../../history/case-history.entity';
import { describeMissing, missingToEnter } from '../../workflow/case-checklist';
import { CaseStageGuards } from '../../workflow/case-stage-guards';
import {
  CASE_STAGE_LABELS,
  COMPLETION_OUTCOMES,
  COMPLETION_OUTCOME_LABELS,
  CaseStage,
  CompletionOutcome,
} from '../../workflow/case-stage';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import { CaseFactsLoader } from '../../cases/services/case-facts.loader';
import {
  clean,
  collect,
  notAfterTodayError,
  requiredDayError,
  textError,
} from '../../cases/services/case-input.rules';

/** Completes a case after its follow-up: returned, extended or converted to a transfer (a transfer: settled). */
@Injectable()
export class CompleteCaseService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly facts: CaseFactsLoader,
    private readonly guards: CaseStageGuards,
    private readonly reminders: CaseReminderScheduler,
  ) {}

  async complete(user: AuthUser, input: CompleteCaseInput): Promise<CaseEntity> {
    const updated = await this.runner.run(user, input, async (current, tx) => {
      if (current.stage !== CaseStage.FOLLOW_UP) {
        throw CaseException.invalidTransition(
          `完了にできるのは${CASE_STAGE_LABELS[CaseStage.FOLLOW_UP]}の段階の案件です(現在: ${CASE_STAGE_LABELS[current.stage]})。`,
          { stage: current.stage },
        );
      }
      const problems = collect(
        requiredDayError('input.completedOn', input.completedOn, '完了日'),
        notAfterTodayError('input.completedOn', input.completedOn, '完了日', todayInJapan()),
        textError('input.note', input.note, 'メモ', 2000),
      );
      if (!COMPLETION_OUTCOMES[current.moveType].includes(input.outcome)) {
        problems.push({
          field: 'input.outcome',
          message: `この案件の結果には${COMPLETION_OUTCOMES[current.moveType].map((o) => COMPLETION_OUTCOME_LABELS[o]).join('・')}を選択してください。`,
        });
      }
      if (input.outcome === CompletionOutcome.EXTENDED && !clean(input.note)) {
        problems.push({
          field: 'input.note',
          message: '延長の場合は延長後の期間などをメモに入力してください。',
        });
      }
      if (current.establishedOn && input.completedOn && input.completedOn < current.establishedOn) {
        problems.push({
          field: 'input.completedOn',
          message: '完了日は成立日以降の日付を入力してください。',
        });
      }
      if (problems.length) throw CaseException.invalidInput(problems);
      const missing = [
        ...missingToEnter(CaseStage.COMPLETED, await this.facts.load(tx, current)),
        ...(await this.guards.missingToEnter(tx, current, CaseStage.COMPLETED)),
      ];
      if (missing.length) {
        throw CaseException.requirementsMissing(
          describeMissing(CASE_STAGE_LABELS[CaseStage.COMPLETED], missing),
          missing,
        );
      }
      return {
        action: CaseAction.COMPLETED,
        patch: {
          completionOutcome: input.outcome,
          completionNote: clean(input.note),
          endedOn: input.completedOn,
        },
        toStage: CaseStage.COMPLETED,
        reason: input.note,
      };
    });
    await this.reminders.syncAfterChange(updated.id);
    return updated;
  }
}
