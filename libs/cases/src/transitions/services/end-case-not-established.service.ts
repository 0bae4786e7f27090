import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { EndCaseNotEstablishedInput } from '../dtos/case-transition.inputs';
import { CaseReminderScheduler } from '../../follow-ups/services/case-reminder.scheduler';
import { CaseAction } from '../../history/case-history.entity';
import { CaseStage, NotEstablishedReason, isEstablishedStage } from '../../workflow/case-stage';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import {
  clean,
  collect,
  dayError,
  notAfterTodayError,
  textError,
} from '../../cases/services/case-input.rules';
import { caseFieldLabel } from '../../history/case-history-fields';

/** Ends an open case as not established (不成立), with the reason the statistics and the history keep. */
@Injectable()
export class EndCaseNotEstablishedService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly reminders: CaseReminderScheduler,
  ) {}

  async end(user: AuthUser, input: EndCaseNotEstablishedInput): Promise<CaseEntity> {
    const updated = await this.runner.run(user, input, async (current) => {
      if (isEstablishedStage(current.moveType, current.stage)) {
        throw CaseException.invalidTransition(
          '成立済みの案件は不成立にできません。離脱した人数は「成立人数の訂正」で記録してください。',
          { stage: current.stage },
        );
      }
      const today = todayInJapan();
      const problems = collect(
        dayError('input.endedOn', input.endedOn, caseFieldLabel('endedOn')),
        notAfterTodayError('input.endedOn', input.endedOn, caseFieldLabel('endedOn'), today),
        textError('input.reason', input.reason, '理由', 2000),
      );
      if (input.reasonCode === NotEstablishedReason.OTHER && !clean(input.reason)) {
        problems.push({ field: 'input.reason', message: '「その他」を選んだ場合は理由を入力してください。' });
      }
      if (problems.length) throw CaseException.invalidInput(problems);
      return {
        action: CaseAction.NOT_ESTABLISHED,
        patch: {
          notEstablishedReason: input.reasonCode,
          notEstablishedNote: clean(input.reason),
          endedOn: input.endedOn || today,
          endedFromStage: current.stage,
        },
        toStage: CaseStage.NOT_ESTABLISHED,
        reason: input.reason,
      };
    });
    await this.reminders.syncAfterChange(updated.id);
    return updated;
  }
}
