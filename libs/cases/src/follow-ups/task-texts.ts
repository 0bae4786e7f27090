// What the consultants read about a task: the notification when it falls due and its line in their task list.
import { MOVE_TYPE_LABELS, MoveType } from '@kakehashi/offers';
import { addDays, japaneseDate } from '@kakehashi/calendar';
import { CaseTaskKind } from './case-task.entity';

export interface TaskTextSubject {
  kind: CaseTaskKind;
  dueOn: string;
  caseNumber: number;
  moveType: MoveType;
}

/** The short line of the task list. */
export function taskTitle(task: { kind: CaseTaskKind; caseNumber: number }): string {
  return task.kind === CaseTaskKind.FOLLOW_UP
    ? `フォローアップ: 案件No.${task.caseNumber}`
    : `出向終了日経過・未完了: 案件No.${task.caseNumber}`;
}

export const TASK_NOTIFICATION_KINDS: Record<CaseTaskKind, string> = {
  FOLLOW_UP: 'CASE_FOLLOW_UP_DUE',
  END_DATE_PASSED: 'CASE_END_DATE_PASSED',
};

/** The in-app notification sent to the consultants in charge when the task falls due. */
export function taskNotification(task: TaskTextSubject): { kind: string; title: string; body: string } {
  const kind = TASK_NOTIFICATION_KINDS[task.kind];
  if (task.kind === CaseTaskKind.FOLLOW_UP) {
    const person = task.moveType === MoveType.SECONDMENT ? '出向者' : '移籍者';
    return {
      kind,
      title: `フォローアップの時期です: 案件No.${task.caseNumber}`,
      body:
        `案件No.${task.caseNumber}(${MOVE_TYPE_LABELS[task.moveType]})のフォローアップ予定日` +
        `(${japaneseDate(task.dueOn)})になりました。${person}本人と送出・受入双方の企業の状況を確認し、` +
        'フォローアップを記録してください。',
    };
  }
  // Due the day after the end date.
  const endOn = addDays(task.dueOn, -1);
  return {
    kind,
    title: `出向終了日を過ぎていますが、案件が完了していません: 案件No.${task.caseNumber}`,
    body:
      `案件No.${task.caseNumber}の出向終了日(${japaneseDate(endOn)})を過ぎましたが、案件が完了していません。` +
      '復帰・期間延長・移籍への切替のいずれかで完了を記録するか、契約期間を修正してください。',
  };
}

export function taskDedupeKey(taskId: string): string {
  return `case-task:${taskId}`;
}
