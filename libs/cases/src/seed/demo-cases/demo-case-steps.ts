// What each step of a demo case changes, decided by the same rules as the use case it stands for (record a stage
// record, advance, 成立, complete, end as not established). Pure: the replay supplies the case as it stands, the day
// and the checklist facts, and applies the change. A step a user could not take fails with the rule's own message.
import type { FieldError } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { randomUUID } from 'node:crypto';
import type { CaseEntity } from '../../cases/case.entity';
import { establishedOnProblems } from '../../establishments/services/established-on.rules';
import { CaseAction } from '../../history/case-history.entity';
import type { CaseChange } from '../../cases/services/case-command.runner';
import {
  clean,
  collect,
  dayError,
  notAfterTodayError,
  requiredDayError,
  requiredTextError,
  textError,
} from '../../cases/services/case-input.rules';
import { SECTIONS } from '../../case-records/services/record-case-section.service';
import {
  contractRecord,
  hiringAgreementRecord,
  internalProcedureRecord,
  meetingRecord,
  workplaceTourRecord,
  type SectionResult,
} from '../../case-records/services/section-rules';
import { describeMissing, missingToEnter, type CaseFacts } from '../../workflow/case-checklist';
import type { CaseWorker } from '../../workflow/case-details';
import {
  CASE_STAGE_LABELS,
  COMPLETION_OUTCOMES,
  CaseStage,
  ESTABLISHING_STAGE,
  NotEstablishedReason,
  isEstablishedStage,
  nextStage,
  stageIndex,
} from '../../workflow/case-stage';
import type { DemoStep } from './demo-case-scenario';

/** The people a 成立 step places: the consented workers. */
export interface Placement {
  occurredOn: string;
  workerIds: string[];
}

export interface StepDecision {
  change: CaseChange;
  placement?: Placement;
}

type RecordStep = Extract<
  DemoStep,
  { kind: 'meeting' | 'internalProcedure' | 'workplaceTour' | 'contract' | 'hiringAgreement' }
>;

/** Thrown for a step the rules refuse: a mistake in the scenario, named by the scenario and step. */
export class DemoStepRefused extends Error {}

function refuse(message: string, problems: FieldError[] = []): never {
  const details = problems.map((p) => `${p.field}: ${p.message}`).join(' ');
  throw new DemoStepRefused(details ? `${message} ${details}` : message);
}

/** The change of any step but a follow-up, which the replay records against its task. */
export function decideStep(
  current: CaseEntity,
  step: Exclude<DemoStep, { kind: 'followUp' }>,
  today: string,
  facts: CaseFacts,
): StepDecision {
  switch (step.kind) {
    case 'workers':
      return { change: workersChange(current, step, today) };
    case 'meeting':
    case 'internalProcedure':
    case 'workplaceTour':
    case 'contract':
    case 'hiringAgreement':
      return { change: sectionChange(current, step, today, facts) };
    case 'advance':
      return { change: advanceChange(current, step.note ?? null, facts) };
    case 'establish':
      return establishDecision(current, step.establishedOn, today, facts);
    case 'complete':
      return { change: completeChange(current, step, today, facts) };
    case 'notEstablished':
      return { change: notEstablishedChange(current, step, today) };
  }
}

/** RecordCaseWorkersService: the whole list; workers already recorded keep their id and establishment. */
function workersChange(
  current: CaseEntity,
  step: Extract<DemoStep, { kind: 'workers' }>,
  today: string,
): CaseChange {
  const existing = new Map(current.workers.map((worker) => [worker.label, worker]));
  const problems: FieldError[] = [];
  const workers: CaseWorker[] = step.workers.map((worker, index) => {
    const path = `input.workers.${index}`;
    problems.push(
      ...collect(
        requiredTextError(`${path}.label`, worker.label, '氏名または識別名', 100),
        dayError(`${path}.consentOn`, worker.consentOn, '同意日'),
        notAfterTodayError(`${path}.consentOn`, worker.consentOn, '同意日', today),
        textError(`${path}.consentMethod`, worker.consentMethod, '確認方法', 200),
      ),
    );
    const before = existing.get(worker.label);
    return {
      id: before?.id ?? randomUUID(),
      label: worker.label.trim(),
      consentOn: worker.consentOn || null,
      consentMethod: clean(worker.consentMethod),
      established: before?.established ?? false,
      withdrawnOn: before?.withdrawnOn ?? null,
    };
  });
  if (problems.length) refuse('対象労働者を記録できません。', problems);
  return { action: CaseAction.WORKERS_RECORDED, patch: { workers } };
}

/** RecordCaseSectionService: a stage record, from its stage on, by the section's own field rules. */
function sectionChange(current: CaseEntity, step: RecordStep, today: string, facts: CaseFacts): CaseChange {
  const spec: { stage: CaseStage; moveTypes: readonly MoveType[]; action: CaseAction } = SECTIONS[step.kind];
  if (!spec.moveTypes.includes(current.moveType))
    refuse(`${step.kind}の記録はこの形態の案件にはありません。`);
  if (stageIndex(current.moveType, current.stage) < stageIndex(current.moveType, spec.stage)) {
    refuse(`${CASE_STAGE_LABELS[spec.stage]}の記録は、その段階に進んでから入力してください。`);
  }
  const result = sectionResult(step, { caseId: current.id, expectedVersion: current.version }, today, facts);
  if (result.problems.length)
    refuse(`${CASE_STAGE_LABELS[spec.stage]}の記録が正しくありません。`, result.problems);
  return { action: spec.action, patch: { [step.kind]: result.record } as Partial<CaseEntity> };
}

function sectionResult(
  step: RecordStep,
  command: { caseId: string; expectedVersion: number },
  today: string,
  facts: CaseFacts,
): SectionResult<unknown> {
  switch (step.kind) {
    case 'meeting':
      return meetingRecord({ ...command, ...step.record }, today);
    case 'internalProcedure':
      return internalProcedureRecord({ ...command, ...step.record }, today);
    case 'workplaceTour':
      return workplaceTourRecord({ ...command, ...step.record }, today);
    case 'contract':
      return contractRecord({ ...command, ...step.record }, today, facts.limits);
    case 'hiringAgreement':
      return hiringAgreementRecord({ ...command, ...step.record }, today);
  }
}

/** AdvanceCaseService: the next stage, once the current stage's required items are done. */
function advanceChange(current: CaseEntity, note: string | null, facts: CaseFacts): CaseChange {
  const target = nextStage(current.moveType, current.stage);
  if (!target || target === ESTABLISHING_STAGE[current.moveType] || target === CaseStage.COMPLETED) {
    refuse(`${CASE_STAGE_LABELS[current.stage]}からは「次へ進む」で進めません。`);
  }
  const missing = missingToEnter(target, facts);
  if (missing.length) refuse(describeMissing(CASE_STAGE_LABELS[target], missing));
  return { action: CaseAction.ADVANCED, patch: {}, toStage: target, reason: note };
}

/** RecordEstablishmentService: 成立 of every consented worker, from the stage before the establishing one. */
function establishDecision(
  current: CaseEntity,
  establishedOn: string,
  today: string,
  facts: CaseFacts,
): StepDecision {
  const target = ESTABLISHING_STAGE[current.moveType];
  if (nextStage(current.moveType, current.stage) !== target) refuse('この段階では成立を記録できません。');
  const problems = establishedOnProblems(current, establishedOn, today);
  if (problems.length) refuse('成立を記録できません。', problems);
  const missing = missingToEnter(target, facts);
  if (missing.length) refuse(describeMissing(CASE_STAGE_LABELS[target], missing));
  const workerIds = current.workers.filter((w) => !w.withdrawnOn && w.consentOn).map((w) => w.id);
  if (!workerIds.length) refuse('同意した対象労働者がいません。');
  return {
    placement: { occurredOn: establishedOn, workerIds },
    change: {
      action: CaseAction.ESTABLISHED,
      toStage: target,
      patch: {
        establishedOn,
        peopleEstablished: workerIds.length,
        workers: current.workers.map((w) => (workerIds.includes(w.id) ? { ...w, established: true } : w)),
      },
    },
  };
}

/** CompleteCaseService: from the follow-up stage, with an outcome the move allows. */
function completeChange(
  current: CaseEntity,
  step: Extract<DemoStep, { kind: 'complete' }>,
  today: string,
  facts: CaseFacts,
): CaseChange {
  if (current.stage !== CaseStage.FOLLOW_UP) refuse('完了にできるのはフォローアップの段階の案件です。');
  const problems = collect(
    requiredDayError('input.completedOn', step.completedOn, '完了日'),
    notAfterTodayError('input.completedOn', step.completedOn, '完了日', today),
  );
  if (!COMPLETION_OUTCOMES[current.moveType].includes(step.outcome)) {
    problems.push({ field: 'input.outcome', message: 'この案件にはない結果です。' });
  }
  if (current.establishedOn && step.completedOn < current.establishedOn) {
    problems.push({ field: 'input.completedOn', message: '完了日は成立日以降の日付を入力してください。' });
  }
  if (problems.length) refuse('完了を記録できません。', problems);
  const missing = missingToEnter(CaseStage.COMPLETED, facts);
  if (missing.length) refuse(describeMissing(CASE_STAGE_LABELS[CaseStage.COMPLETED], missing));
  return {
    action: CaseAction.COMPLETED,
    patch: { completionOutcome: step.outcome, completionNote: clean(step.note), endedOn: step.completedOn },
    toStage: CaseStage.COMPLETED,
    reason: step.note,
  };
}

/** EndCaseNotEstablishedService: any stage before 成立, with a reason (a note for OTHER). */
function notEstablishedChange(
  current: CaseEntity,
  step: Extract<DemoStep, { kind: 'notEstablished' }>,
  today: string,
): CaseChange {
  if (isEstablishedStage(current.moveType, current.stage)) refuse('成立済みの案件は不成立にできません。');
  const problems = collect(
    dayError('input.endedOn', step.endedOn, '終了日'),
    notAfterTodayError('input.endedOn', step.endedOn, '終了日', today),
  );
  if (step.reasonCode === NotEstablishedReason.OTHER && !clean(step.reason)) {
    problems.push({ field: 'input.reason', message: '「その他」を選んだ場合は理由を入力してください。' });
  }
  if (problems.length) refuse('不成立を記録できません。', problems);
  return {
    action: CaseAction.NOT_ESTABLISHED,
    patch: {
      notEstablishedReason: step.reasonCode,
      notEstablishedNote: clean(step.reason),
      endedOn: step.endedOn,
      endedFromStage: current.stage,
    },
    toStage: CaseStage.NOT_ESTABLISHED,
    reason: step.reason,
  };
}
