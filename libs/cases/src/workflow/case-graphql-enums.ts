// GraphQL names and Japanese descriptions of the case code lists; imported by every model and input that uses them.
import { registerEnumType } from '@nestjs/graphql';
import { CaseTaskKind, CaseTaskStatus } from '../follow-ups/case-task.entity';
import { FOLLOW_UP_METHOD_LABELS, FollowUpMethod } from '../follow-ups/case-follow-up.entity';
import { CaseAction } from '../history/case-history.entity';
import {
  EmploymentType,
  MeetingCondition,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from './case-details';
import {
  CASE_STAGE_LABELS,
  COMPLETION_OUTCOME_LABELS,
  CaseStage,
  CompletionOutcome,
  NOT_ESTABLISHED_REASON_LABELS,
  NotEstablishedReason,
} from './case-stage';

function described<E extends string>(labels: Record<E, string>): Record<E, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([value, label]) => [value, { description: label }]),
  ) as Record<E, { description: string }>;
}

registerEnumType(CaseStage, {
  name: 'CaseStage',
  description: '案件の段階 (在籍型出向: STEP1〜6、移籍: 情報収集〜採用〜フォローアップ) / Stage of a case.',
  valuesMap: described(CASE_STAGE_LABELS),
});
registerEnumType(NotEstablishedReason, {
  name: 'NotEstablishedReason',
  description: '不成立の理由 / Why a case ended without establishment.',
  valuesMap: described(NOT_ESTABLISHED_REASON_LABELS),
});
registerEnumType(CompletionOutcome, {
  name: 'CompletionOutcome',
  description: '完了時の結果 / How a case completed.',
  valuesMap: described(COMPLETION_OUTCOME_LABELS),
});
registerEnumType(MeetingCondition, {
  name: 'MeetingCondition',
  description: '企業間面談で提示した条件 / Conditions presented at the meeting.',
  valuesMap: described({ PERIOD: '期間', WAGES: '賃金', WORKING_HOURS: '労働時間' }),
});
registerEnumType(WorkerSelection, {
  name: 'WorkerSelection',
  description: '出向対象労働者の決め方 / How the workers were chosen.',
  valuesMap: described({ SELECTED: '選定', CALLED_FOR: '募集' }),
});
registerEnumType(UnionAgreementStatus, {
  name: 'UnionAgreementStatus',
  description: '労働組合との合意 / Agreement with the labour union.',
  valuesMap: described({ AGREED: '合意済み', NO_UNION: '労働組合なし', PENDING: '未合意' }),
});
registerEnumType(TourAttendee, {
  name: 'TourAttendee',
  description: '職場見学の参加者 / Who attended the workplace tour.',
  valuesMap: described({ SENDER_HR: '出向元の人事労務担当者', WORKERS: '出向対象労働者', UNION: '労働組合' }),
});
registerEnumType(WageShareUnit, {
  name: 'WageShareUnit',
  description: '賃金負担の単位 / Unit of the wage shares.',
  valuesMap: described({ PERCENT: '割合(%)', YEN: '金額(円)' }),
});
registerEnumType(SocialInsuranceHandling, {
  name: 'SocialInsuranceHandling',
  description: '社会保険等の取扱い / Social-insurance handling.',
  valuesMap: described({
    SENDER: '出向元で加入を継続',
    RECEIVER: '出向先で加入',
    OTHER: 'その他(備考に記載)',
  }),
});
registerEnumType(EmploymentType, {
  name: 'CaseEmploymentType',
  description: '移籍先での雇用形態 / Employment type at the new employer.',
  valuesMap: described({ REGULAR: '正社員', CONTRACT: '契約社員', PART_TIME: 'パート・アルバイト' }),
});
registerEnumType(FollowUpMethod, {
  name: 'FollowUpMethod',
  description: 'フォローアップの方法 / How a follow-up was made.',
  valuesMap: described(FOLLOW_UP_METHOD_LABELS),
});
registerEnumType(CaseTaskKind, {
  name: 'CaseTaskKind',
  description: 'タスクの種類 / Kind of task.',
  valuesMap: described({ FOLLOW_UP: 'フォローアップ', END_DATE_PASSED: '終了日経過(未完了)' }),
});
registerEnumType(CaseTaskStatus, {
  name: 'CaseTaskStatus',
  description: 'タスクの状態 / Status of a task.',
  valuesMap: described({ SCHEDULED: '予定', DUE: '期限到来', DONE: '完了', CANCELLED: '取消' }),
});
registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: '履歴の操作 / What a history entry records.',
});

export {
  CaseAction,
  CaseStage,
  CaseTaskKind,
  CaseTaskStatus,
  CompletionOutcome,
  EmploymentType,
  FollowUpMethod,
  MeetingCondition,
  NotEstablishedReason,
  SocialInsuranceHandling,
  TourAttendee,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
};
