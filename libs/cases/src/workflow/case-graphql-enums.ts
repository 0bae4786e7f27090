// GraphQL names and Japanese labels of the case code lists; imported by every model and input that uses them.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  CASE_TASK_KIND_LABELS,
  CASE_TASK_STATUS_LABELS,
  CaseTaskKind,
  CaseTaskStatus,
} from '../follow-ups/case-task.entity';
import { FOLLOW_UP_METHOD_LABELS, FollowUpMethod } from '../follow-ups/case-follow-up.entity';
import { CaseAction } from '../history/case-history.entity';
import { CASE_ACTION_LABELS } from '../timeline/case-action-labels';
import {
  EMPLOYMENT_TYPE_LABELS,
  EmploymentType,
  MEETING_CONDITION_LABELS,
  MeetingCondition,
  SOCIAL_INSURANCE_LABELS,
  SocialInsuranceHandling,
  TOUR_ATTENDEE_LABELS,
  TourAttendee,
  UNION_AGREEMENT_LABELS,
  UnionAgreementStatus,
  WAGE_SHARE_UNIT_LABELS,
  WageShareUnit,
  WORKER_SELECTION_LABELS,
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

registerLabelledEnum(CaseStage, {
  name: 'CaseStage',
  description: '案件の段階 (在籍型出向: STEP1〜6、移籍: 情報収集〜採用〜フォローアップ) / Stage of a case.',
  labels: CASE_STAGE_LABELS,
  descriptions: {
    INTERNAL_PROCEDURE: '在籍型出向のみ。労働条件の明示、対象労働者の選定と同意、労働組合との合意',
    HIRING_AGREED: '移籍のみ',
    HIRED: '移籍のみ。成立の段階',
    STARTED: '在籍型出向の成立の段階',
  },
});
registerLabelledEnum(NotEstablishedReason, {
  name: 'NotEstablishedReason',
  description: '不成立の理由 / Why a case ended without establishment.',
  labels: NOT_ESTABLISHED_REASON_LABELS,
});
registerLabelledEnum(CompletionOutcome, {
  name: 'CompletionOutcome',
  description: '完了時の結果 / How a case completed.',
  labels: COMPLETION_OUTCOME_LABELS,
});
registerLabelledEnum(MeetingCondition, {
  name: 'MeetingCondition',
  description: '企業間面談で提示した条件 / Conditions presented at the meeting.',
  labels: MEETING_CONDITION_LABELS,
});
registerLabelledEnum(WorkerSelection, {
  name: 'WorkerSelection',
  description: '出向対象労働者の決め方 / How the workers were chosen.',
  labels: WORKER_SELECTION_LABELS,
  descriptions: { SELECTED: '出向元が対象者を選定', CALLED_FOR: '出向元が社内で希望者を募集' },
});
registerLabelledEnum(UnionAgreementStatus, {
  name: 'UnionAgreementStatus',
  description: '労働組合との合意 / Agreement with the labour union.',
  labels: UNION_AGREEMENT_LABELS,
});
registerLabelledEnum(TourAttendee, {
  name: 'TourAttendee',
  description: '職場見学の参加者 / Who attended the workplace tour.',
  labels: TOUR_ATTENDEE_LABELS,
});
registerLabelledEnum(WageShareUnit, {
  name: 'WageShareUnit',
  description: '賃金負担の単位 / Unit of the wage shares.',
  labels: WAGE_SHARE_UNIT_LABELS,
  descriptions: { PERCENT: '出向元と出向先の負担の合計が100%', YEN: '出向元と出向先の負担の合計が賃金月額' },
});
registerLabelledEnum(SocialInsuranceHandling, {
  name: 'SocialInsuranceHandling',
  description: '社会保険等の取扱い / Social-insurance handling.',
  labels: SOCIAL_INSURANCE_LABELS,
});
registerLabelledEnum(EmploymentType, {
  name: 'CaseEmploymentType',
  description: '移籍先での雇用形態 / Employment type at the new employer.',
  labels: EMPLOYMENT_TYPE_LABELS,
});
registerLabelledEnum(FollowUpMethod, {
  name: 'FollowUpMethod',
  description: 'フォローアップの方法 / How a follow-up was made.',
  labels: FOLLOW_UP_METHOD_LABELS,
});
registerLabelledEnum(CaseTaskKind, {
  name: 'CaseTaskKind',
  description: 'タスクの種類 / Kind of task.',
  labels: CASE_TASK_KIND_LABELS,
  descriptions: { END_DATE_PASSED: '出向終了日を過ぎても案件が完了していません' },
});
registerLabelledEnum(CaseTaskStatus, {
  name: 'CaseTaskStatus',
  description: 'タスクの状態 / Status of a task.',
  labels: CASE_TASK_STATUS_LABELS,
  descriptions: { CANCELLED: '予定の変更または案件の終了により取り消されました' },
});
registerLabelledEnum(CaseAction, {
  name: 'CaseAction',
  description: '履歴の操作 / What a history entry records.',
  labels: CASE_ACTION_LABELS,
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
