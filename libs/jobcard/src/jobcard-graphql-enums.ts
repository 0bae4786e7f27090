// GraphQL names and Japanese labels of the Job Card's code lists; imported by every model and input that uses them.
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  EVALUATION_STATE_NAMES,
  FLAG_REASON_NAMES,
  SOURCE_KIND_NAMES,
} from './evaluation-sheets/evaluation-sheets.messages';
import { DUTY_TYPE_NAMES } from './evaluation-sheets/reference/model-sheet';
import {
  CriterionSourceKindEnum,
  DutyTypeEnum,
  EvaluationMomentEnum,
  EvaluationStateEnum,
  EvaluationSubjectKindEnum,
  FindingSeverityEnum,
  FlagReasonEnum,
  GradeEnum,
  JobcardAccessActionEnum,
  JobcardAccessOutcomeEnum,
  JobcardRecordKindEnum,
  OjtDutyKindEnum,
} from './jobcard-enums';

registerLabelledEnum(FindingSeverityEnum, {
  name: 'RuleFindingSeverity',
  description: '指摘の重さ (エラーは先へ進めない、警告は確認のうえ進められる) / Whether a finding blocks.',
  labels: { ERROR: 'エラー', WARNING: '警告' },
});
registerLabelledEnum(DutyTypeEnum, {
  name: 'EvaluationDutyType',
  description: '訓練の職務の類型 (Ⅲ(1) 基本的事項のモデル) / Duty type of a sheet’s section III(1).',
  labels: DUTY_TYPE_NAMES,
});
registerLabelledEnum(CriterionSourceKindEnum, {
  name: 'CriterionSourceKind',
  description: '職務遂行のための基準の出所 / Where a criterion comes from.',
  labels: SOURCE_KIND_NAMES,
});
registerLabelledEnum(EvaluationMomentEnum, {
  name: 'EvaluationMoment',
  description: '評価シートを使う時点 / When the sheet is used.',
  labels: { TARGETS: '訓練開始前 (目標の提示)', MIDTERM: '中間評価', FINAL: '修了評価' },
});
registerLabelledEnum(EvaluationStateEnum, {
  name: 'EvaluationState',
  description: '評価の手順の段階 / Step of an evaluation’s procedure.',
  labels: EVALUATION_STATE_NAMES,
});
registerLabelledEnum(GradeEnum, {
  name: 'EvaluationGrade',
  description: '評価 (A: 常にできている、B: 大体できている、C: まだできていない) / A rating.',
  labels: { A: 'A 常にできている', B: 'B 大体できている', C: 'C まだできていない' },
});
registerLabelledEnum(FlagReasonEnum, {
  name: 'EvaluationFlagReason',
  description: '評価責任者の確認と詳しい説明が要る理由 / Why a criterion needs the lead’s check.',
  labels: FLAG_REASON_NAMES,
});
registerLabelledEnum(EvaluationSubjectKindEnum, {
  name: 'EvaluationSubjectKind',
  description: '評価シートの対象者 / Whose sheet it is.',
  labels: {
    CASE_SECONDEE: '案件の出向者',
    REGISTRANT: 'キャリア人材バンク登録者',
    TRAINEE: '企業の訓練受講者',
  },
});
registerLabelledEnum(OjtDutyKindEnum, {
  name: 'OjtDutyKind',
  description: 'Ⅰ欄の区分 / Kind of a section I row.',
  labels: { OJT: 'OJT', COMPANY_PRACTICE: '企業実習' },
});
registerLabelledEnum(JobcardAccessActionEnum, {
  name: 'JobcardAccessAction',
  description: 'アクセスの種類 / Read or export.',
  labels: { READ: '閲覧', EXPORT: '出力' },
});
registerLabelledEnum(JobcardAccessOutcomeEnum, {
  name: 'JobcardAccessOutcome',
  description: 'アクセスの結果 / Allowed or refused.',
  labels: { ALLOWED: '許可', DENIED: '拒否' },
});
registerLabelledEnum(JobcardRecordKindEnum, {
  name: 'JobcardRecordKind',
  description: 'アクセスした記録の種類 / Kind of record read.',
  labels: { EVALUATION_SHEET: '評価シート', TRAINING_PLAN: '訓練実施計画' },
});
