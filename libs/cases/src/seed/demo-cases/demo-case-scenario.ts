// The demo office's cases as scenarios: who opened each case when, and what was recorded on it step by step, with
// the dates relative to the day the demo data is loaded. The replay (demo-case-replay.ts) walks every step through
// the same rules as the use cases, so a scenario that breaks a rule fails the seed instead of storing a bad case.
import { addDays, addMonths } from '@kakehashi/calendar';
import type { DemoClock } from '@kakehashi/database';
import type { MoveType } from '@kakehashi/offers';
import type {
  RecordContractInput,
  RecordHiringAgreementInput,
  RecordInternalProcedureInput,
  RecordMeetingInput,
  RecordWorkplaceTourInput,
} from '../../case-records/dtos/case-section.inputs';
import type { RecordFollowUpInput } from '../../follow-ups/dtos/record-follow-up.input';
import { CaseTaskKind } from '../../follow-ups/case-task.entity';
import { planCaseTasks, type FollowUpSettings, type PlanSubject } from '../../follow-ups/follow-up-plan';
import type { CompletionOutcome, NotEstablishedReason } from '../../workflow/case-stage';

/** An input of a use case without the case and version, which the replay supplies. */
export type StepInput<T> = Omit<T, 'caseId' | 'expectedVersion'>;

/** An offer of the demo data: its company's corporate number and its job title. */
export interface DemoOfferRef {
  corporateNumber: string;
  jobTitle: string;
}

interface Step {
  at: Date;
  /** E-mail of the demo user who did it. */
  by: string;
}

export type DemoStep = Step &
  (
    | {
        kind: 'workers';
        /** The whole list, as recordCaseWorkers takes it; a worker already on the case is named by the same label. */
        workers: { label: string; consentOn?: string | null; consentMethod?: string | null }[];
      }
    | { kind: 'meeting'; record: StepInput<RecordMeetingInput> }
    | { kind: 'internalProcedure'; record: StepInput<RecordInternalProcedureInput> }
    | { kind: 'workplaceTour'; record: StepInput<RecordWorkplaceTourInput> }
    | { kind: 'contract'; record: StepInput<RecordContractInput> }
    | { kind: 'hiringAgreement'; record: StepInput<RecordHiringAgreementInput> }
    | { kind: 'advance'; note?: string | null }
    /** 成立 of every worker who has consented. */
    | { kind: 'establish'; establishedOn: string }
    /** A follow-up answering the follow-up task due on `taskDueOn`, or (null) one made without a reminder. */
    | { kind: 'followUp'; taskDueOn: string | null; record: Omit<StepInput<RecordFollowUpInput>, 'taskId'> }
    | { kind: 'complete'; outcome: CompletionOutcome; completedOn: string; note?: string | null }
    | { kind: 'notEstablished'; reasonCode: NotEstablishedReason; reason?: string | null; endedOn: string }
  );

export interface DemoCaseScenario {
  /** For messages: which scenario broke a rule. */
  title: string;
  moveType: MoveType;
  sending: DemoOfferRef;
  receiving: DemoOfferRef;
  people: number;
  /** Opened from the consultant's taken-up suggestion of the same pair (demo/match-decisions.csv). */
  fromDecision?: boolean;
  sendingConsultant: string | null;
  receivingConsultant: string | null;
  created: Step;
  steps: DemoStep[];
}

/** Days and moments for the scenarios, and the follow-up days the administrator's settings give a case. */
export class DemoCaseContext {
  constructor(
    readonly clock: DemoClock,
    readonly settings: FollowUpSettings,
  ) {}

  get today(): string {
    return this.clock.today;
  }

  /** The day `days` before today (negative: after). */
  ago(days: number): string {
    return this.clock.daysAgo(days);
  }

  /** `days` after `day` (negative: before). */
  plus(day: string, days: number): string {
    return addDays(day, days);
  }

  plusMonths(day: string, months: number): string {
    return addMonths(day, months);
  }

  /** The last day of a contract of `months` starting on `startOn`. */
  contractEnd(startOn: string, months: number): string {
    return addDays(addMonths(startOn, months), -1);
  }

  /** `day` at hh:mm in Japan (never after now). */
  at(day: string, hour = 10, minute = 0): Date {
    return this.clock.at(day, hour, minute);
  }

  /** The follow-up days the reminders plan for a case established on the subject's dates. */
  followUpDays(subject: PlanSubject): string[] {
    return planCaseTasks(subject, this.settings)
      .filter((task) => task.kind === CaseTaskKind.FOLLOW_UP)
      .map((task) => task.dueOn);
  }

  /**
   * The most recent start (at least 25 days ago) whose plan has a follow-up due today, for the case the visitor finds
   * due today; four months ago when the settings allow none. (A month end is reached only from a start on a day as
   * late in its month, so some days need a start further back.)
   */
  startWithFollowUpDueToday(moveType: MoveType, contractMonths: number | null): string {
    for (let daysAgo = 25; daysAgo <= 730; daysAgo++) {
      const start = this.ago(daysAgo);
      const contract = contractMonths
        ? { startOn: start, endOn: this.contractEnd(start, contractMonths) }
        : null;
      if (this.followUpDays({ moveType, establishedOn: start, contract }).includes(this.today)) return start;
    }
    return addMonths(this.today, -4);
  }
}
