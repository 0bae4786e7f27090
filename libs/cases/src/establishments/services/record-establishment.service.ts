import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { todayInJapan } from '@kakehashi/calendar';
import { MoveType, OfferPlacementService, type PlacementShortfall } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException, CaseExceptionCode } from '../../case.exception';
import type { RecordEstablishmentInput } from '../../transitions/dtos/case-transition.inputs';
import { CaseReminderScheduler } from '../../follow-ups/services/case-reminder.scheduler';
import { CaseAction } from '../../history/case-history.entity';
import { CaseCommandRunner } from '../../cases/services/case-command.runner';
import { CaseFactsLoader } from '../../cases/services/case-facts.loader';
import { describeMissing, missingToEnter } from '../../workflow/case-checklist';
import { CaseStageGuards } from '../../workflow/case-stage-guards';
import { CASE_STAGE_LABELS, ESTABLISHING_STAGE, nextStage } from '../../workflow/case-stage';
import { EstablishmentKind } from '../case-establishment.entity';
import { appendEstablishment } from './establishment-ledger';
import { establishedOnProblems } from './established-on.rules';

/**
 * 成立: the secondment starts (STEP5) or the transfer hire happens. Checks the contract (or hiring agreement) and
 * every worker's consent, takes the people from both offers' remaining counts (closing an offer at zero), appends the
 * establishment event the statistics count, and schedules the follow-ups. All or nothing.
 */
@Injectable()
export class RecordEstablishmentService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly facts: CaseFactsLoader,
    private readonly guards: CaseStageGuards,
    private readonly placements: OfferPlacementService,
    private readonly reminders: CaseReminderScheduler,
  ) {}

  async record(user: AuthUser, input: RecordEstablishmentInput): Promise<CaseEntity> {
    const updated = await this.runner.run(user, input, async (current, tx) => {
      const target = ESTABLISHING_STAGE[current.moveType];
      if (nextStage(current.moveType, current.stage) !== target) {
        throw CaseException.invalidTransition(
          current.moveType === MoveType.SECONDMENT
            ? `出向開始を記録できるのは${CASE_STAGE_LABELS.CONTRACT}の段階の案件です(現在: ${CASE_STAGE_LABELS[current.stage]})。`
            : `採用を記録できるのは${CASE_STAGE_LABELS.HIRING_AGREED}の段階の案件です(現在: ${CASE_STAGE_LABELS[current.stage]})。`,
          { stage: current.stage },
        );
      }
      const problems = establishedOnProblems(current, input.establishedOn, todayInJapan());
      problems.push(...this.workerProblems(current, input.workerIds));
      if (problems.length) throw CaseException.invalidInput(problems);

      const missing = [
        ...missingToEnter(target, await this.facts.load(tx, current)),
        ...(await this.guards.missingToEnter(tx, current, target)),
      ];
      if (missing.length) {
        throw CaseException.requirementsMissing(describeMissing(CASE_STAGE_LABELS[target], missing), missing);
      }

      const workerIds = [...new Set(input.workerIds)];
      const people = workerIds.length;
      const placed = await this.placements.place(tx, current, people);
      if ('shortfalls' in placed) throw exceedsRemaining(people, placed.shortfalls);

      await appendEstablishment(tx, user, current, {
        kind: EstablishmentKind.ESTABLISHED,
        occurredOn: input.establishedOn,
        people,
        workerIds,
        reason: null,
      });
      return {
        action: CaseAction.ESTABLISHED,
        toStage: target,
        patch: {
          establishedOn: input.establishedOn,
          peopleEstablished: people,
          workers: current.workers.map((worker) =>
            workerIds.includes(worker.id) ? { ...worker, established: true } : worker,
          ),
        },
      };
    });
    await this.reminders.syncAfterChange(updated.id);
    return updated;
  }

  private workerProblems(current: CaseEntity, workerIds: string[]): FieldError[] {
    if (!workerIds.length) {
      return [
        { field: 'input.workerIds', message: '開始した(採用された)対象労働者を1人以上選択してください。' },
      ];
    }
    const byId = new Map(current.workers.map((worker) => [worker.id, worker]));
    const problems: FieldError[] = [];
    workerIds.forEach((id, index) => {
      const worker = byId.get(id);
      if (!worker || worker.withdrawnOn) {
        problems.push({ field: `input.workerIds.${index}`, message: 'この案件の対象労働者ではありません。' });
      } else if (!worker.consentOn) {
        problems.push({
          field: `input.workerIds.${index}`,
          message: `${worker.label}さんの本人同意が記録されていません。`,
        });
      }
    });
    return problems;
  }
}

/** More people than an offer still has: the refusal names each side and what is left. */
export function exceedsRemaining(people: number, shortfalls: PlacementShortfall[]): CaseException {
  const sides = shortfalls
    .map((s) => `${s.side === 'sending' ? '送出情報' : '受入情報'}の残り${s.remaining}人`)
    .join('、');
  return new CaseException(
    CaseExceptionCode.PEOPLE_EXCEED_REMAINING,
    `人数(${people}人)が残り人数を超えています: ${sides}。`,
    { people, shortfalls },
  );
}
