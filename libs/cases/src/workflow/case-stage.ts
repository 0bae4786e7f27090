// The Center's process as data: which stages a case passes through for each move type, in order, and their Japanese
// names as the brochure (在籍型出向支援のプロセスの概要) writes them.
import { MoveType } from '@kakehashi/offers';

export enum CaseStage {
  INFORMATION_COLLECTION = 'INFORMATION_COLLECTION',
  INTER_COMPANY_MEETING = 'INTER_COMPANY_MEETING',
  INTERNAL_PROCEDURE = 'INTERNAL_PROCEDURE',
  WORKPLACE_TOUR = 'WORKPLACE_TOUR',
  CONTRACT = 'CONTRACT',
  STARTED = 'STARTED',
  HIRING_AGREED = 'HIRING_AGREED',
  HIRED = 'HIRED',
  FOLLOW_UP = 'FOLLOW_UP',
  COMPLETED = 'COMPLETED',
  NOT_ESTABLISHED = 'NOT_ESTABLISHED',
}

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  INFORMATION_COLLECTION: 'STEP1 情報収集',
  INTER_COMPANY_MEETING: 'STEP2 企業間面談',
  INTERNAL_PROCEDURE: '出向元の社内手続',
  WORKPLACE_TOUR: 'STEP3 職場見学',
  CONTRACT: 'STEP4 出向契約の締結',
  STARTED: 'STEP5 出向の開始',
  HIRING_AGREED: '採用内定',
  HIRED: '採用(移籍)',
  FOLLOW_UP: 'STEP6 フォローアップ',
  COMPLETED: '完了',
  NOT_ESTABLISHED: '不成立',
};

export const CASE_FLOWS: Record<MoveType, readonly CaseStage[]> = {
  SECONDMENT: [
    CaseStage.INFORMATION_COLLECTION,
    CaseStage.INTER_COMPANY_MEETING,
    CaseStage.INTERNAL_PROCEDURE,
    CaseStage.WORKPLACE_TOUR,
    CaseStage.CONTRACT,
    CaseStage.STARTED,
    CaseStage.FOLLOW_UP,
    CaseStage.COMPLETED,
  ],
  TRANSFER: [
    CaseStage.INFORMATION_COLLECTION,
    CaseStage.INTER_COMPANY_MEETING,
    CaseStage.WORKPLACE_TOUR,
    CaseStage.HIRING_AGREED,
    CaseStage.HIRED,
    CaseStage.FOLLOW_UP,
    CaseStage.COMPLETED,
  ],
};

/** The stage entered by recording the establishment (成立): the secondment's start or the transfer's hire. */
export const ESTABLISHING_STAGE: Record<MoveType, CaseStage> = {
  SECONDMENT: CaseStage.STARTED,
  TRANSFER: CaseStage.HIRED,
};

export const TERMINAL_STAGES: readonly CaseStage[] = [CaseStage.COMPLETED, CaseStage.NOT_ESTABLISHED];

export function isTerminal(stage: CaseStage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

/** Position in the move type's flow; -1 for a stage that is not part of it (or NOT_ESTABLISHED). */
export function stageIndex(moveType: MoveType, stage: CaseStage): number {
  return CASE_FLOWS[moveType].indexOf(stage);
}

/** Whether the people have been established: the case is at or past the establishing stage. */
export function isEstablishedStage(moveType: MoveType, stage: CaseStage): boolean {
  const index = stageIndex(moveType, stage);
  return index >= 0 && index >= stageIndex(moveType, ESTABLISHING_STAGE[moveType]);
}

export function nextStage(moveType: MoveType, stage: CaseStage): CaseStage | null {
  const flow = CASE_FLOWS[moveType];
  const index = flow.indexOf(stage);
  return index >= 0 && index < flow.length - 1 ? flow[index + 1] : null;
}

export enum NotEstablishedReason {
  DECLINED_BY_SENDER = 'DECLINED_BY_SENDER',
  DECLINED_BY_RECEIVER = 'DECLINED_BY_RECEIVER',
  DECLINED_BY_WORKER = 'DECLINED_BY_WORKER',
  CONDITIONS_NOT_AGREED = 'CONDITIONS_NOT_AGREED',
  OTHER = 'OTHER',
}

export const NOT_ESTABLISHED_REASON_LABELS: Record<NotEstablishedReason, string> = {
  DECLINED_BY_SENDER: '送出企業が辞退',
  DECLINED_BY_RECEIVER: '受入企業が辞退',
  DECLINED_BY_WORKER: '対象労働者が辞退',
  CONDITIONS_NOT_AGREED: '条件が合意に至らず',
  OTHER: 'その他',
};

export enum CompletionOutcome {
  RETURNED = 'RETURNED',
  EXTENDED = 'EXTENDED',
  CONVERTED_TO_TRANSFER = 'CONVERTED_TO_TRANSFER',
  SETTLED = 'SETTLED',
}

export const COMPLETION_OUTCOME_LABELS: Record<CompletionOutcome, string> = {
  RETURNED: '出向期間満了により復帰',
  EXTENDED: '出向期間を延長',
  CONVERTED_TO_TRANSFER: '移籍に切替',
  SETTLED: '移籍先に定着',
};

/** Which completions make sense for which move: a transfer has no return, extension or conversion. */
export const COMPLETION_OUTCOMES: Record<MoveType, readonly CompletionOutcome[]> = {
  SECONDMENT: [
    CompletionOutcome.RETURNED,
    CompletionOutcome.EXTENDED,
    CompletionOutcome.CONVERTED_TO_TRANSFER,
  ],
  TRANSFER: [CompletionOutcome.SETTLED],
};
