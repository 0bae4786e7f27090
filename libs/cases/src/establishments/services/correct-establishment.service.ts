import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { todayInJapan } from '@kakehashi/calendar';
import { OfferPlacementService } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type { CorrectEstablishmentInput } from '../../transitions/dtos/case-transition.inputs';
import { CaseReminderScheduler } from '../../follow-ups/services/case-reminder.scheduler';
import { CaseAction } from '../../history/case-history.entity';
import { CaseCommandRunner, type CaseChange } from '../../cases/services/case-command.runner';
import {
  collect,
  notAfterTodayError,
  requiredDayError,
  requiredTextError,
} from '../../cases/services/case-input.rules';
import { CaseStage, NotEstablishedReason } from '../../workflow/case-stage';
import { EstablishmentKind } from '../case-establishment.entity';
import { appendEstablishment } from './establishment-ledger';
import { exceedsRemaining } from './record-establishment.service';

/**
 * A recorded adjustment of the people established (one withdrew on day one, another started a week late), never a
 * silent edit: a signed CORRECTION event the statistics count in the month it happened, the offers' remaining counts
 * given back or taken, and the history entry. If nobody is left, the case ends as not established.
 */
@Injectable()
export class CorrectEstablishmentService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly placements: OfferPlacementService,
    private readonly reminders: CaseReminderScheduler,
  ) {}

  async correct(user: AuthUser, input: CorrectEstablishmentInput): Promise<CaseEntity> {
    const updated = await this.runner.run(
      user,
      input,
      async (current, tx): Promise<CaseChange> => {
        if (!current.establishedOn || current.stage === CaseStage.NOT_ESTABLISHED) {
          throw CaseException.invalidTransition('成立していない案件の人数は訂正できません。', {
            stage: current.stage,
          });
        }
        const problems = collect(
          requiredDayError('input.occurredOn', input.occurredOn, '訂正の発生日'),
          notAfterTodayError('input.occurredOn', input.occurredOn, '訂正の発生日', todayInJapan()),
          requiredTextError('input.reason', input.reason, '訂正の理由', 2000),
        );
        if (input.occurredOn && input.occurredOn < current.establishedOn && !problems.length) {
          problems.push({
            field: 'input.occurredOn',
            message: `訂正の発生日は成立日(${current.establishedOn})以降の日付を入力してください。`,
          });
        }
        problems.push(...workerProblems(current, input));
        const withdrawn = new Set(input.withdrawnWorkerIds);
        const added = new Set(input.addedWorkerIds);
        const delta = added.size - withdrawn.size;
        if (!problems.length && delta === 0) {
          problems.push({
            field: 'input.withdrawnWorkerIds',
            message: '訂正する対象労働者を選択してください。',
          });
        }
        if (problems.length) throw CaseException.invalidInput(problems);

        if (delta > 0) {
          const placed = await this.placements.place(tx, current, delta);
          if ('shortfalls' in placed) throw exceedsRemaining(delta, placed.shortfalls);
        } else {
          await this.placements.release(tx, current, -delta);
        }
        await appendEstablishment(tx, user, current, {
          kind: EstablishmentKind.CORRECTION,
          occurredOn: input.occurredOn,
          people: delta,
          workerIds: [...withdrawn, ...added],
          reason: input.reason.trim(),
        });
        const peopleEstablished = current.peopleEstablished + delta;
        const workers = current.workers.map((worker) =>
          withdrawn.has(worker.id)
            ? { ...worker, established: false, withdrawnOn: input.occurredOn }
            : added.has(worker.id)
              ? { ...worker, established: true }
              : worker,
        );
        if (peopleEstablished === 0) {
          return {
            action: CaseAction.ESTABLISHMENT_CORRECTED,
            toStage: CaseStage.NOT_ESTABLISHED,
            reason: input.reason,
            patch: {
              peopleEstablished,
              workers,
              notEstablishedReason: NotEstablishedReason.DECLINED_BY_WORKER,
              notEstablishedNote: input.reason.trim(),
              endedOn: input.occurredOn,
              endedFromStage: current.stage,
              // A completed case that loses everyone is no longer completed.
              completionOutcome: null,
            },
          };
        }
        return {
          action: CaseAction.ESTABLISHMENT_CORRECTED,
          reason: input.reason,
          patch: { peopleEstablished, workers },
        };
      },
      // A correction found after completion (e.g. a late-discovered withdrawal) is still recorded.
      { allowTerminal: true },
    );
    await this.reminders.syncAfterChange(updated.id);
    return updated;
  }
}

function workerProblems(current: CaseEntity, input: CorrectEstablishmentInput): FieldError[] {
  const byId = new Map(current.workers.map((worker) => [worker.id, worker]));
  const problems: FieldError[] = [];
  input.withdrawnWorkerIds.forEach((id, index) => {
    const worker = byId.get(id);
    if (!worker?.established) {
      problems.push({
        field: `input.withdrawnWorkerIds.${index}`,
        message: '成立に含まれている対象労働者を選択してください。',
      });
    }
  });
  input.addedWorkerIds.forEach((id, index) => {
    const worker = byId.get(id);
    if (!worker || worker.established || worker.withdrawnOn) {
      problems.push({
        field: `input.addedWorkerIds.${index}`,
        message: 'まだ成立に含まれていない対象労働者を選択してください。',
      });
    } else if (!worker.consentOn) {
      problems.push({
        field: `input.addedWorkerIds.${index}`,
        message: `${worker.label}さんの本人同意が記録されていません。`,
      });
    }
  });
  return problems;
}
