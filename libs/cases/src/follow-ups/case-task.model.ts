import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseStage, CaseTaskKind, CaseTaskStatus } from '../workflow/case-graphql-enums';
import { taskTitle } from './task-texts';

/** Which of the signed-in consultant's tasks to list. */
export enum CaseTaskFilter {
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  UPCOMING = 'UPCOMING',
  DONE = 'DONE',
}

export const CASE_TASK_FILTER_LABELS: Record<CaseTaskFilter, string> = {
  DUE: '期限到来',
  OVERDUE: '期限超過',
  UPCOMING: '予定',
  DONE: '完了',
};

registerLabelledEnum(CaseTaskFilter, {
  name: 'CaseTaskFilter',
  description: 'タスク一覧の絞り込み / Which tasks to list.',
  labels: CASE_TASK_FILTER_LABELS,
  descriptions: {
    DUE: '今日までに期日を迎えた未完了のタスク(完了・不成立の案件を除く)',
    OVERDUE: '期日が昨日以前で未完了のタスクと、出向終了日を過ぎたタスク',
    UPCOMING: '期日が明日以降のタスク',
    DONE: '完了したタスク(新しい順)',
  },
});

@ObjectType('CaseTask', {
  description: '案件のタスク (フォローアップの時期、出向終了日経過) / A reminder of a case.',
})
export class CaseTaskModel {
  @Field(() => ID)
  id: string;

  @Field(() => CaseTaskKind)
  kind: CaseTaskKind;

  @Field({ description: '表示用の件名 / Short title.' })
  title: string;

  @Field({
    description: '期日 (YYYY-MM-DD、この日の9:00に期限到来) / Due date (falls due at 09:00 Japan time).',
  })
  dueOn: string;

  @Field(() => CaseTaskStatus)
  status: CaseTaskStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '期限到来の日時 / Became due at.' })
  becameDueAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '完了日時 / Done at.' })
  doneAt: Date | null;

  @Field(() => ID, { nullable: true, description: '完了したユーザー / Done by.' })
  doneByUserId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '完了させたフォローアップ記録 / The follow-up that completed it.',
  })
  followUpId: string | null;

  @Field(() => ID)
  caseId: string;

  @Field(() => Int, { description: '案件番号 / Case number.' })
  caseNumber: number;

  @Field(() => CaseStage, { description: '案件の現在の段階 / The case’s current stage.' })
  stage: CaseStage;
}

export const CaseTaskConnection = ConnectionType(CaseTaskModel, 'CaseTask');

export interface CaseTaskSource {
  id: string;
  kind: CaseTaskKind;
  dueOn: string;
  status: CaseTaskStatus;
  becameDueAt: Date | null;
  doneAt: Date | null;
  doneByUserId: string | null;
  followUpId: string | null;
  caseId: string;
}

export function toCaseTaskModel(
  task: CaseTaskSource,
  kase: { number: number; stage: CaseStage },
): CaseTaskModel {
  return {
    id: task.id,
    kind: task.kind,
    title: taskTitle({ kind: task.kind, caseNumber: kase.number }),
    dueOn: task.dueOn,
    status: task.status,
    becameDueAt: task.becameDueAt,
    doneAt: task.doneAt,
    doneByUserId: task.doneByUserId,
    followUpId: task.followUpId,
    caseId: task.caseId,
    caseNumber: kase.number,
    stage: kase.stage,
  };
}
