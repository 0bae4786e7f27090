import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FollowUpMethod } from '../workflow/case-graphql-enums';
import { FOLLOW_UP_METHOD_LABELS, type CaseFollowUpEntity } from './case-follow-up.entity';

@ObjectType('CaseFollowUp', {
  description: 'フォローアップ記録 (STEP6) / A follow-up: one contact with the person and the companies.',
})
export class CaseFollowUpModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'このフォローアップで完了したタスク / The task it completed.',
  })
  taskId: string | null;

  @Field({ description: '実施日 (YYYY-MM-DD) / Held on.' })
  heldOn: string;

  @Field(() => FollowUpMethod)
  method: FollowUpMethod;

  @Field({ description: '方法の表示名 / Method label.' })
  methodLabel: string;

  @Field(() => ID, { description: '実施したユーザー / Conducted by.' })
  conductedByUserId: string;

  @Field(() => String, { nullable: true, description: '参加者 / Who took part.' })
  participants: string | null;

  @Field({ description: '出向者(移籍者)本人の状況 / The person’s situation.' })
  secondeeSituation: string;

  @Field(() => String, { nullable: true, description: '送出企業の状況 / The sender’s situation.' })
  senderSituation: string | null;

  @Field(() => String, { nullable: true, description: '受入企業の状況 / The receiver’s situation.' })
  receiverSituation: string | null;

  @Field(() => String, { nullable: true, description: '課題 / Issues.' })
  issues: string | null;

  @Field(() => String, { nullable: true, description: '対応・今後の予定 / Actions.' })
  actions: string | null;

  @Field(() => GraphQLISODateTime, { description: '記録日時 / Recorded at.' })
  recordedAt: Date;
}

export function toCaseFollowUpModel(entity: CaseFollowUpEntity): CaseFollowUpModel {
  return {
    id: entity.id,
    caseId: entity.caseId,
    taskId: entity.taskId,
    heldOn: entity.heldOn,
    method: entity.method,
    methodLabel: FOLLOW_UP_METHOD_LABELS[entity.method],
    conductedByUserId: entity.conductedByUserId,
    participants: entity.participants,
    secondeeSituation: entity.secondeeSituation,
    senderSituation: entity.senderSituation,
    receiverSituation: entity.receiverSituation,
    issues: entity.issues,
    actions: entity.actions,
    recordedAt: entity.recordedAt,
  };
}
