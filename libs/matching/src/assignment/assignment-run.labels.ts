// What users read for a batch assignment's code lists (screens, messages, the GraphQL enums' labels).
import {
  AssignmentPhase,
  AssignmentRunStatus,
  AssignmentScopeKind,
  AssignmentTrigger,
} from './assignment-run.entity';

export const ASSIGNMENT_SCOPE_LABELS: Record<AssignmentScopeKind, string> = {
  OFFICE: '事務所',
  REGION: '地域',
  COUNTRY: '全国',
};

export const ASSIGNMENT_TRIGGER_LABELS: Record<AssignmentTrigger, string> = {
  MANUAL: '手動実行',
  SCHEDULED: '定期実行',
};

export const ASSIGNMENT_RUN_STATUS_LABELS: Record<AssignmentRunStatus, string> = {
  QUEUED: '待機中',
  RUNNING: '実行中',
  COMPLETED: '完了',
  CANCELLED: '中止',
  FAILED: '失敗',
};

export const ASSIGNMENT_PHASE_LABELS: Record<AssignmentPhase, string> = {
  QUEUED: '待機中',
  LOADING: '情報の読み込み',
  CANDIDATES: '候補の絞り込み',
  SOLVING: '割当の計算',
  BOUNDING: '最適値の上界の計算',
  REFINING: '候補を広げて再計算',
  SAVING: '提案の保存',
  DONE: '完了',
};
