import { CaseAction } from '../history/case-history.entity';
import { CASE_STAGE_LABELS, type CaseStage } from '../workflow/case-stage';

export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  CREATED: '案件作成',
  CONSULTANTS_ASSIGNED: '担当者の変更',
  PEOPLE_CHANGED: '予定人数の変更',
  WORKERS_RECORDED: '対象労働者・同意の記録',
  MEETING_RECORDED: '企業間面談の記録',
  INTERNAL_PROCEDURE_RECORDED: '社内手続の記録',
  WORKPLACE_TOUR_RECORDED: '職場見学の記録',
  CONTRACT_RECORDED: '出向契約の記録',
  HIRING_AGREEMENT_RECORDED: '採用内定の記録',
  ADVANCED: '次の段階へ',
  MOVED_BACK: '前の段階へ戻す',
  ESTABLISHED: '成立',
  ESTABLISHMENT_CORRECTED: '成立人数の訂正',
  NOT_ESTABLISHED: '不成立',
  COMPLETED: '完了',
  FOLLOW_UP_RECORDED: 'フォローアップの記録',
};

/** A history entry's title: the action, with the stages when it moved the case (次の段階へ（A → B）). */
export function historySummary(entry: {
  action: CaseAction;
  fromStage: CaseStage | null;
  toStage: CaseStage | null;
}): string {
  const action = CASE_ACTION_LABELS[entry.action];
  if (!entry.fromStage || !entry.toStage) return action;
  return `${action}（${CASE_STAGE_LABELS[entry.fromStage]} → ${CASE_STAGE_LABELS[entry.toStage]}）`;
}
