// Replays a demo case scenario in memory, as the use cases would have run it on the days it names: the case is
// opened (CreateCaseService's checks), each step is checked and applied like CaseCommandRunner does (the caller's
// right to act, one version and one history entry per change, the stage's entry time), and its reminders fall due
// and are answered as time passes. The result is every row to store, dated; nothing is written here.
import { Role, type AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { MoveType, MoveTypeWanted, OfferStatus } from '@kakehashi/offers';
import { randomUUID } from 'node:crypto';
import { assertMayActOnCase } from '../../cases/case-access.policy';
import { CaseEntity } from '../../cases/case.entity';
import { remindersApply, type FollowUpSettings } from '../../follow-ups/follow-up-plan';
import type { FollowUpMethod } from '../../follow-ups/case-follow-up.entity';
import { CaseAction, type FieldChange } from '../../history/case-history.entity';
import { fieldChanges } from '../../history/field-changes';
import type { CaseChange } from '../../cases/services/case-command.runner';
import { factsOf } from '../../cases/services/case-facts.loader';
import {
  clean,
  collect,
  notAfterTodayError,
  requiredDayError,
  requiredTextError,
} from '../../cases/services/case-input.rules';
import type { OfferLimits } from '../../workflow/case-checklist';
import { CaseStage, isTerminal } from '../../workflow/case-stage';
import type { DemoCaseScenario, DemoStep } from './demo-case-scenario';
import { DemoCaseTasks, type DemoNotification, type DemoTask } from './demo-case-tasks';
import { decideStep, DemoStepRefused, type Placement } from './demo-case-steps';

export interface DemoOffers {
  sending: {
    id: string;
    companyId: string;
    owningOfficeId: string;
    status: OfferStatus;
    moveType: MoveTypeWanted;
    peopleAvailable: number;
    receivedOn: string;
  };
  receiving: {
    id: string;
    companyId: string;
    owningOfficeId: string;
    status: OfferStatus;
    acceptsSecondment: boolean;
    acceptsTransfer: boolean;
    peopleRemaining: number;
    receivedOn: string;
  };
}

export interface DemoHistoryEntry {
  action: CaseAction;
  actorUserId: string;
  fromStage: CaseStage | null;
  toStage: CaseStage | null;
  changes: FieldChange[];
  reason: string | null;
  caseVersion: number;
  recordedAt: Date;
}

export interface DemoFollowUp {
  id: string;
  taskId: string | null;
  heldOn: string;
  method: FollowUpMethod;
  conductedByUserId: string;
  participants: string | null;
  secondeeSituation: string;
  senderSituation: string | null;
  receiverSituation: string | null;
  issues: string | null;
  actions: string | null;
  recordedAt: Date;
}

/** Every row of one replayed case. */
export interface DemoCaseRows {
  entity: CaseEntity;
  history: DemoHistoryEntry[];
  placement: (Placement & { recordedByUserId: string; recordedAt: Date }) | null;
  tasks: DemoTask[];
  followUps: DemoFollowUp[];
  notifications: DemoNotification[];
}

export interface DemoReplayInput {
  scenario: DemoCaseScenario;
  caseId: string;
  caseNumber: number;
  offers: DemoOffers;
  matchDecisionId: string | null;
  users: ReadonlyMap<string, AuthUser>;
  limits: OfferLimits;
  settings: FollowUpSettings;
  now: Date;
}

export function replayDemoCase(input: DemoReplayInput): DemoCaseRows {
  return new DemoCaseReplay(input).run();
}

class DemoCaseReplay {
  private readonly state: CaseEntity;
  private readonly history: DemoHistoryEntry[] = [];
  private readonly followUps: DemoFollowUp[] = [];
  private readonly tasks: DemoCaseTasks;
  private placement: DemoCaseRows['placement'] = null;
  private last: Date;

  constructor(private readonly input: DemoReplayInput) {
    this.tasks = new DemoCaseTasks(input.settings);
    this.state = this.open();
    this.last = this.state.createdAt;
  }

  run(): DemoCaseRows {
    for (const [index, step] of this.input.scenario.steps.entries()) {
      try {
        this.step(step);
      } catch (error) {
        throw new Error(
          `demo case "${this.input.scenario.title}", step ${index + 1} (${step.kind}): ${(error as Error).message}`,
        );
      }
    }
    this.tasks.advanceTo(this.state, this.input.now);
    return {
      entity: this.state,
      history: this.history,
      placement: this.placement,
      tasks: this.tasks.tasks,
      followUps: this.followUps,
      notifications: this.tasks.notifications,
    };
  }

  private user(email: string): AuthUser {
    const user = this.input.users.get(email);
    if (!user) throw new Error(`no active demo user ${email} (seed the demo users first)`);
    return user;
  }

  /** CreateCaseService: the case at STEP1, with its CREATED entry. */
  private open(): CaseEntity {
    const { scenario, offers } = this.input;
    const creator = this.user(scenario.created.by);
    const where = `demo case "${scenario.title}"`;
    assertMayActOnCase(creator, {
      sendingOfficeId: offers.sending.owningOfficeId,
      receivingOfficeId: offers.receiving.owningOfficeId,
    });
    if (offers.sending.companyId === offers.receiving.companyId) throw new Error(`${where}: same company`);
    if (offers.sending.status === OfferStatus.CLOSED || offers.receiving.status === OfferStatus.CLOSED) {
      throw new Error(`${where}: an offer is closed`);
    }
    const possible =
      (offers.sending.moveType === MoveTypeWanted.EITHER ||
        (offers.sending.moveType as string) === scenario.moveType) &&
      (scenario.moveType === MoveType.SECONDMENT
        ? offers.receiving.acceptsSecondment
        : offers.receiving.acceptsTransfer);
    if (!possible) throw new Error(`${where}: the offers do not allow ${scenario.moveType}`);
    if (scenario.people > Math.min(offers.sending.peopleAvailable, offers.receiving.peopleRemaining)) {
      throw new Error(`${where}: more people than the offers have left`);
    }
    if (scenario.fromDecision && !this.input.matchDecisionId) {
      throw new Error(`${where}: no taken-up suggestion of the pair (seed the match decisions first)`);
    }
    const at = this.moment(scenario.created.at);
    if (todayInJapan(at) < offers.sending.receivedOn || todayInJapan(at) < offers.receiving.receivedOn) {
      throw new Error(`${where}: opened before an offer of the pair was received`);
    }
    const entity = Object.assign(new CaseEntity(), {
      id: this.input.caseId,
      number: this.input.caseNumber,
      moveType: scenario.moveType,
      sendingOfferId: offers.sending.id,
      receivingOfferId: offers.receiving.id,
      matchDecisionId: this.input.matchDecisionId,
      sendingOfficeId: offers.sending.owningOfficeId,
      receivingOfficeId: offers.receiving.owningOfficeId,
      sendingConsultantId: this.consultant(scenario.sendingConsultant, offers.sending.owningOfficeId),
      receivingConsultantId: this.consultant(scenario.receivingConsultant, offers.receiving.owningOfficeId),
      peoplePlanned: scenario.people,
      stage: CaseStage.INFORMATION_COLLECTION,
      stageEnteredAt: at,
      workers: [],
      meeting: null,
      internalProcedure: null,
      workplaceTour: null,
      contract: null,
      hiringAgreement: null,
      establishedOn: null,
      peopleEstablished: 0,
      endedOn: null,
      endedFromStage: null,
      notEstablishedReason: null,
      notEstablishedNote: null,
      completionOutcome: null,
      completionNote: null,
      createdByUserId: creator.id,
      updatedByUserId: creator.id,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
    this.history.push({
      action: CaseAction.CREATED,
      actorUserId: creator.id,
      fromStage: null,
      toStage: CaseStage.INFORMATION_COLLECTION,
      changes: [],
      reason: this.input.matchDecisionId ? 'マッチングの採用から作成' : null,
      caseVersion: 1,
      recordedAt: at,
    });
    return entity;
  }

  /** A consultant in charge: a consultant of the side's office, or a headquarters coordinator. */
  private consultant(email: string | null, officeId: string): string | null {
    if (!email) return null;
    const user = this.user(email);
    const fits =
      user.role === Role.HQ_COORDINATOR || (user.role === Role.CONSULTANT && user.officeId === officeId);
    if (!fits) throw new Error(`demo case "${this.input.scenario.title}": ${email} cannot take that side`);
    return user.id;
  }

  /** A step's moment: not before the previous one, never in the future. */
  private moment(at: Date): Date {
    if (at.getTime() > this.input.now.getTime()) throw new Error(`${at.toISOString()} is in the future`);
    if (this.last && at.getTime() < this.last.getTime())
      throw new Error(`${at.toISOString()} is out of order`);
    this.last = at;
    return at;
  }

  private step(step: DemoStep): void {
    const at = this.moment(step.at);
    this.tasks.advanceTo(this.state, at);
    const actor = this.user(step.by);
    assertMayActOnCase(actor, this.state);
    if (isTerminal(this.state.stage)) throw new DemoStepRefused('完了・不成立の案件は変更できません。');
    const today = todayInJapan(at);
    if (step.kind === 'followUp') {
      this.apply(actor, at, this.followUp(step, actor, at, today));
      return;
    }
    const facts = factsOf(this.state, { limits: this.input.limits, followUpCount: this.followUps.length });
    const decision = decideStep(this.state, step, today, facts);
    if (decision.placement) {
      this.placement = { ...decision.placement, recordedByUserId: actor.id, recordedAt: at };
    }
    this.apply(actor, at, decision.change);
    // The use cases that move reminders sync them once their change is committed.
    if (['establish', 'contract', 'complete', 'notEstablished'].includes(step.kind)) {
      this.tasks.sync(this.state, at);
    }
  }

  /** RecordFollowUpService: one contact, answering its task, on an established open case. */
  private followUp(
    step: Extract<DemoStep, { kind: 'followUp' }>,
    actor: AuthUser,
    at: Date,
    today: string,
  ): CaseChange {
    if (!remindersApply(this.state)) throw new DemoStepRefused('成立していない案件です。');
    const task = step.taskDueOn === null ? null : this.tasks.openFollowUp(step.taskDueOn);
    if (step.taskDueOn !== null && !task) {
      throw new DemoStepRefused(`${step.taskDueOn}のフォローアップのタスクがありません。`);
    }
    const { record } = step;
    const problems = collect(
      requiredDayError('input.heldOn', record.heldOn, '実施日'),
      notAfterTodayError('input.heldOn', record.heldOn, '実施日', today),
      requiredTextError('input.secondeeSituation', record.secondeeSituation, '本人の状況', 4000),
    );
    if (this.state.establishedOn && record.heldOn < this.state.establishedOn) {
      problems.push({ field: 'input.heldOn', message: '実施日は成立日以降の日付を入力してください。' });
    }
    if (problems.length) throw new DemoStepRefused(problems.map((p) => p.message).join(' '));
    const followUp: DemoFollowUp = {
      id: randomUUID(),
      taskId: task?.id ?? null,
      heldOn: record.heldOn,
      method: record.method,
      conductedByUserId: actor.id,
      participants: clean(record.participants),
      secondeeSituation: record.secondeeSituation.trim(),
      senderSituation: clean(record.senderSituation),
      receiverSituation: clean(record.receiverSituation),
      issues: clean(record.issues),
      actions: clean(record.actions),
      recordedAt: at,
    };
    this.followUps.push(followUp);
    if (task) this.tasks.markDone(task, followUp.id, actor.id, at);
    return { action: CaseAction.FOLLOW_UP_RECORDED, patch: {} };
  }

  /** CaseCommandRunner.apply: the patch, the stage and its entry time, the version, one history entry. */
  private apply(actor: AuthUser, at: Date, change: CaseChange): void {
    const moved = change.toStage !== undefined && change.toStage !== this.state.stage;
    const changes = fieldChanges(this.state, {
      ...change.patch,
      ...(moved ? { stage: change.toStage } : {}),
    });
    const fromStage = this.state.stage;
    Object.assign(this.state, change.patch, {
      updatedByUserId: actor.id,
      updatedAt: at,
      version: this.state.version + 1,
    });
    if (moved && change.toStage) {
      this.state.stage = change.toStage;
      this.state.stageEnteredAt = at;
    }
    this.history.push({
      action: change.action,
      actorUserId: actor.id,
      fromStage: moved ? fromStage : null,
      toStage: moved ? (change.toStage ?? null) : null,
      changes,
      reason: change.reason?.trim() || null,
      caseVersion: this.state.version,
      recordedAt: at,
    });
  }
}
