import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { MOVE_TYPE_LABELS, MoveType } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseException } from '../../case.exception';
import type {
  RecordContractInput,
  RecordHiringAgreementInput,
  RecordInternalProcedureInput,
  RecordMeetingInput,
  RecordWorkplaceTourInput,
} from '../dtos/case-section.inputs';
import { CaseAction } from '../../history/case-history.entity';
import { CaseReminderScheduler } from '../../follow-ups/services/case-reminder.scheduler';
import { CASE_STAGE_LABELS, CaseStage, stageIndex } from '../../workflow/case-stage';
import { CaseCommandRunner, type CaseChange } from '../../cases/services/case-command.runner';
import { CaseFactsLoader } from '../../cases/services/case-facts.loader';
import {
  contractRecord,
  hiringAgreementRecord,
  internalProcedureRecord,
  meetingRecord,
  workplaceTourRecord,
  type SectionResult,
} from './section-rules';

/** From which stage a record can be written, and for which move. */
interface SectionSpec {
  stage: CaseStage;
  moveTypes: MoveType[];
  action: CaseAction;
}

const BOTH = [MoveType.SECONDMENT, MoveType.TRANSFER];

/** Exported for the demo seed, which records the same sections by the same rules. */
export const SECTIONS = {
  meeting: { stage: CaseStage.INTER_COMPANY_MEETING, moveTypes: BOTH, action: CaseAction.MEETING_RECORDED },
  internalProcedure: {
    stage: CaseStage.INTERNAL_PROCEDURE,
    moveTypes: [MoveType.SECONDMENT],
    action: CaseAction.INTERNAL_PROCEDURE_RECORDED,
  },
  workplaceTour: {
    stage: CaseStage.WORKPLACE_TOUR,
    moveTypes: BOTH,
    action: CaseAction.WORKPLACE_TOUR_RECORDED,
  },
  contract: {
    stage: CaseStage.CONTRACT,
    moveTypes: [MoveType.SECONDMENT],
    action: CaseAction.CONTRACT_RECORDED,
  },
  hiringAgreement: {
    stage: CaseStage.HIRING_AGREED,
    moveTypes: [MoveType.TRANSFER],
    action: CaseAction.HIRING_AGREEMENT_RECORDED,
  },
} satisfies Record<string, SectionSpec>;

type SectionKey = keyof typeof SECTIONS;

/** Records one stage record of a case (STEP2 meeting, internal procedure, STEP3 tour, STEP4 contract, hiring). */
@Injectable()
export class RecordCaseSectionService {
  constructor(
    private readonly runner: CaseCommandRunner,
    private readonly facts: CaseFactsLoader,
    private readonly reminders: CaseReminderScheduler,
  ) {}

  recordMeeting(user: AuthUser, input: RecordMeetingInput): Promise<CaseEntity> {
    return this.record(user, input, 'meeting', async () => meetingRecord(input, todayInJapan()));
  }

  recordInternalProcedure(user: AuthUser, input: RecordInternalProcedureInput): Promise<CaseEntity> {
    return this.record(user, input, 'internalProcedure', async () =>
      internalProcedureRecord(input, todayInJapan()),
    );
  }

  recordWorkplaceTour(user: AuthUser, input: RecordWorkplaceTourInput): Promise<CaseEntity> {
    return this.record(user, input, 'workplaceTour', async () => workplaceTourRecord(input, todayInJapan()));
  }

  async recordContract(user: AuthUser, input: RecordContractInput): Promise<CaseEntity> {
    const updated = await this.record(user, input, 'contract', async (current, tx) =>
      contractRecord(input, todayInJapan(), await this.facts.limits(tx, current)),
    );
    // The end date drives the follow-ups of a running secondment.
    await this.reminders.syncAfterChange(updated.id);
    return updated;
  }

  recordHiringAgreement(user: AuthUser, input: RecordHiringAgreementInput): Promise<CaseEntity> {
    return this.record(user, input, 'hiringAgreement', async () =>
      hiringAgreementRecord(input, todayInJapan()),
    );
  }

  private record<T>(
    user: AuthUser,
    input: { caseId: string; expectedVersion: number },
    key: SectionKey,
    build: (current: CaseEntity, tx: EntityManager) => Promise<SectionResult<T>>,
  ): Promise<CaseEntity> {
    const spec: SectionSpec = SECTIONS[key];
    return this.runner.run(user, input, async (current, tx) => {
      if (!spec.moveTypes.includes(current.moveType)) {
        throw CaseException.invalidTransition(
          `${CASE_STAGE_LABELS[spec.stage]}の記録は${MOVE_TYPE_LABELS[current.moveType]}の案件にはありません。`,
        );
      }
      if (stageIndex(current.moveType, current.stage) < stageIndex(current.moveType, spec.stage)) {
        throw CaseException.invalidTransition(
          `${CASE_STAGE_LABELS[spec.stage]}の記録は、案件がその段階に進んでから入力してください(現在: ${CASE_STAGE_LABELS[current.stage]})。`,
          { stage: current.stage },
        );
      }
      const { record, problems } = await build(current, tx);
      if (problems.length) throw CaseException.invalidInput(problems);
      return { action: spec.action, patch: { [key]: record } as CaseChange['patch'] };
    });
  }
}
