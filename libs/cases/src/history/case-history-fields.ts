// Every field a case's history can record, with its Japanese name and how its value reads: the one place the wording
// lives. The forms' field errors name the same fields with these labels, and the compiler refuses a field a use case
// can write (a column in CASE_HISTORY_COLUMNS, a property of a stage record) that has no entry here.
import { formatJapaneseDate, isCalendarDay } from '@kakehashi/calendar';
import { formatPeople, formatPercent, formatYen } from '@kakehashi/text';
import type { CaseEntity } from '../cases/case.entity';
import {
  EMPLOYMENT_TYPE_LABELS,
  MEETING_CONDITION_LABELS,
  SOCIAL_INSURANCE_LABELS,
  TOUR_ATTENDEE_LABELS,
  UNION_AGREEMENT_LABELS,
  WAGE_SHARE_UNIT_LABELS,
  WageShareUnit,
  WORKER_SELECTION_LABELS,
  type CaseWorker,
  type ContractRecord,
  type HiringAgreementRecord,
  type InternalProcedureRecord,
  type MeetingRecord,
  type WorkplaceTourRecord,
} from '../workflow/case-details';
import {
  CASE_STAGE_LABELS,
  COMPLETION_OUTCOME_LABELS,
  NOT_ESTABLISHED_REASON_LABELS,
} from '../workflow/case-stage';
import type { JsonValue } from './case-history.entity';

/** The stage records, stored as jsonb and recorded in the history one property at a time ("contract.endOn"). */
export interface CaseStageRecords {
  meeting: MeetingRecord;
  internalProcedure: InternalProcedureRecord;
  workplaceTour: WorkplaceTourRecord;
  contract: ContractRecord;
  hiringAgreement: HiringAgreementRecord;
}

export const CASE_STAGE_RECORDS = [
  'meeting',
  'internalProcedure',
  'workplaceTour',
  'contract',
  'hiringAgreement',
] as const satisfies readonly (keyof CaseStageRecords & keyof CaseEntity)[];

/** The plain columns the use cases write (the stage is written by the runner, the audit columns by itself). */
export const CASE_HISTORY_COLUMNS = [
  'peoplePlanned',
  'sendingConsultantId',
  'receivingConsultantId',
  'workers',
  'establishedOn',
  'peopleEstablished',
  'endedOn',
  'endedFromStage',
  'notEstablishedReason',
  'notEstablishedNote',
  'completionOutcome',
  'completionNote',
] as const satisfies readonly (keyof CaseEntity)[];

/** What a use case may change on a case, and so what its history entry can hold. */
export type CaseWritableColumn = (typeof CASE_HISTORY_COLUMNS)[number] | (typeof CASE_STAGE_RECORDS)[number];

type RecordFields = {
  [K in keyof CaseStageRecords]: `${K}.${Extract<keyof CaseStageRecords[K], string>}`;
}[keyof CaseStageRecords];

/** The `field` of a history change: a column, the stage, or one property of a stage record. */
export type CaseHistoryField = 'stage' | (typeof CASE_HISTORY_COLUMNS)[number] | RecordFields;

/** What a value's text may depend on besides the value. */
export interface DisplayContext {
  /** Another field's value at the same moment (a wage share reads as % or yen by the unit beside it). */
  valueOf(field: CaseHistoryField): JsonValue;
  /** A user's name (the consultants in charge are stored by id). */
  userName(id: string): string;
}

export interface CaseFieldSpec {
  /** The field's Japanese name, as the forms name it. */
  label: string;
  /** The value as text; never called with null (that reads as `empty`). */
  show: (value: NonNullable<JsonValue>, context: DisplayContext) => string;
  /** What an absent value reads as (default なし). */
  empty?: string;
}

const text = (value: NonNullable<JsonValue>): string =>
  typeof value === 'string' ? value : JSON.stringify(value);
const day = (value: NonNullable<JsonValue>): string =>
  typeof value === 'string' && isCalendarDay(value) ? formatJapaneseDate(value) : text(value);
const yen = (value: NonNullable<JsonValue>): string =>
  typeof value === 'number' ? formatYen(value) : text(value);
const people = (value: NonNullable<JsonValue>): string =>
  typeof value === 'number' ? formatPeople(value) : text(value);
const yesNo = (value: NonNullable<JsonValue>): string =>
  value === true ? 'はい' : value === false ? 'いいえ' : text(value);
const presence = (value: NonNullable<JsonValue>): string =>
  value === true ? 'あり' : value === false ? 'なし' : text(value);

function oneOf(labels: Record<string, string>): CaseFieldSpec['show'] {
  return (value) => (typeof value === 'string' ? (labels[value] ?? value) : text(value));
}

/** A list, its items joined with 、 (an empty list reads なし). */
function listOf(item: CaseFieldSpec['show']): CaseFieldSpec['show'] {
  return (value, context) => {
    if (!Array.isArray(value)) return item(value, context);
    const items = (value as JsonValue[]).filter((v): v is NonNullable<JsonValue> => v !== null);
    return items.length ? items.map((v) => item(v, context)).join('、') : 'なし';
  };
}

/** A wage share: 60% or 180,000円, by the unit recorded beside it. */
function share(unitField: CaseHistoryField): CaseFieldSpec['show'] {
  return (value, context) => {
    if (typeof value !== 'number') return text(value);
    const unit = context.valueOf(unitField);
    if (unit === WageShareUnit.PERCENT) return formatPercent(value);
    if (unit === WageShareUnit.YEN) return formatYen(value);
    return String(value);
  };
}

/** 対象者A（同意 2026年11月1日（令和8年）・同意書・成立）. */
function worker(value: NonNullable<JsonValue>): string {
  if (typeof value !== 'object' || Array.isArray(value)) return text(value);
  const w = value as Partial<CaseWorker>;
  const facts = [
    w.consentOn ? `同意 ${day(w.consentOn)}` : '同意未確認',
    w.consentOn && w.consentMethod ? w.consentMethod : null,
    w.established ? '成立' : null,
    w.withdrawnOn ? `${day(w.withdrawnOn)}辞退` : null,
  ].filter((fact): fact is string => fact !== null);
  return `${w.label ?? ''}（${facts.join('・')}）`;
}

const NOTE: CaseFieldSpec = { label: 'メモ', show: text };

export const CASE_HISTORY_FIELDS: Record<CaseHistoryField, CaseFieldSpec> = {
  stage: { label: '段階', show: oneOf(CASE_STAGE_LABELS) },
  peoplePlanned: { label: '予定人数', show: people },
  sendingConsultantId: {
    label: '送出側の担当コンサルタント',
    show: (id, context) => context.userName(String(id)),
    empty: '未定',
  },
  receivingConsultantId: {
    label: '受入側の担当コンサルタント',
    show: (id, context) => context.userName(String(id)),
    empty: '未定',
  },
  workers: { label: '対象労働者', show: listOf(worker) },
  establishedOn: { label: '成立日', show: day },
  peopleEstablished: { label: '成立人数', show: people },
  endedOn: { label: '終了日', show: day },
  endedFromStage: { label: '終了時の段階', show: oneOf(CASE_STAGE_LABELS) },
  notEstablishedReason: { label: '不成立の理由', show: oneOf(NOT_ESTABLISHED_REASON_LABELS) },
  notEstablishedNote: { label: '不成立の理由(詳細)', show: text },
  completionOutcome: { label: '完了時の結果', show: oneOf(COMPLETION_OUTCOME_LABELS) },
  completionNote: { label: '完了時のメモ', show: text },

  'meeting.heldOn': { label: '面談日', show: day },
  'meeting.attendees': { label: '出席者', show: text },
  'meeting.conditionsPresented': { label: '提示した条件', show: listOf(oneOf(MEETING_CONDITION_LABELS)) },
  'meeting.conditionsNote': { label: '条件の内容', show: text },
  'meeting.subsidyExplained': { label: '助成金の周知と活用勧奨', show: yesNo },
  'meeting.notes': NOTE,

  'internalProcedure.conditionsStated': { label: '労働条件の明示', show: yesNo },
  'internalProcedure.workerSelection': {
    label: '出向対象労働者の決め方',
    show: oneOf(WORKER_SELECTION_LABELS),
    empty: '未定',
  },
  'internalProcedure.unionAgreement': { label: '労働組合との合意', show: oneOf(UNION_AGREEMENT_LABELS) },
  'internalProcedure.unionAgreedOn': { label: '労働組合との合意日', show: day },
  'internalProcedure.workRulesClause': { label: '就業規則等の出向規定', show: presence },
  'internalProcedure.notes': NOTE,

  'workplaceTour.heldOn': { label: '見学日', show: day },
  'workplaceTour.attendees': { label: '参加者', show: listOf(oneOf(TOUR_ATTENDEE_LABELS)) },
  'workplaceTour.notes': NOTE,

  'contract.startOn': { label: '出向開始日', show: day },
  'contract.endOn': { label: '出向終了日', show: day },
  'contract.duties': { label: '職務内容', show: text },
  'contract.wageShareUnit': { label: '賃金負担の単位', show: oneOf(WAGE_SHARE_UNIT_LABELS) },
  'contract.monthlyWage': { label: '賃金月額', show: yen },
  'contract.senderShare': { label: '出向元の負担', show: share('contract.wageShareUnit') },
  'contract.receiverShare': { label: '出向先の負担', show: share('contract.wageShareUnit') },
  'contract.workingHours': { label: '勤務時間', show: text },
  'contract.overtime': { label: '時間外労働の取扱い', show: text },
  'contract.socialInsurance': { label: '社会保険等の取扱い', show: oneOf(SOCIAL_INSURANCE_LABELS) },
  'contract.socialInsuranceNote': { label: '社会保険等の備考', show: text },
  'contract.subsidyApplicationPlanned': { label: '助成金の申請予定', show: presence, empty: '未定' },
  'contract.periodOverrideReason': { label: '期間の例外の理由', show: text },
  'contract.concludedOn': { label: '契約締結日', show: day },

  'hiringAgreement.agreedOn': { label: '内定日', show: day },
  'hiringAgreement.plannedHireOn': { label: '採用予定日', show: day },
  'hiringAgreement.jobTitle': { label: '職種・職務', show: text },
  'hiringAgreement.employmentType': { label: '雇用形態', show: oneOf(EMPLOYMENT_TYPE_LABELS) },
  'hiringAgreement.monthlyWage': { label: '賃金月額', show: yen },
  'hiringAgreement.workingHours': { label: '勤務時間', show: text },
  'hiringAgreement.notes': NOTE,
};

/** The Japanese name of a field, for the forms' field errors and the history alike. */
export function caseFieldLabel(field: CaseHistoryField): string {
  return CASE_HISTORY_FIELDS[field].label;
}

export function isCaseHistoryField(field: string): field is CaseHistoryField {
  return Object.prototype.hasOwnProperty.call(CASE_HISTORY_FIELDS, field);
}
