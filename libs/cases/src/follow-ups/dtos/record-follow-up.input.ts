import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CaseCommandInput } from '../../cases/dtos/case-command.input';
import { FollowUpMethod } from '../../workflow/case-graphql-enums';

// Fields carry @Allow only: the use case checks them against the case and reports every problem at once.
@InputType({ description: 'フォローアップの記録 (STEP6) / Record a follow-up.' })
export class RecordFollowUpInput extends CaseCommandInput {
  @Field(() => ID, {
    nullable: true,
    description: '完了させるフォローアップのタスク (期限到来・予定のもの) / The follow-up task it answers.',
  })
  @Allow()
  taskId?: string | null;

  @Field({ description: '実施日 (YYYY-MM-DD、成立日以降・今日まで) / Held on.' })
  @Allow()
  heldOn: string;

  @Field(() => FollowUpMethod)
  @Allow()
  method: FollowUpMethod;

  @Field(() => String, { nullable: true, description: '参加者 / Who took part.' })
  @Allow()
  participants?: string | null;

  @Field({ description: '出向者(移籍者)本人の状況 (必須) / The person’s situation.' })
  @Allow()
  secondeeSituation: string;

  @Field(() => String, { nullable: true, description: '送出企業の状況 / The sender’s situation.' })
  @Allow()
  senderSituation?: string | null;

  @Field(() => String, { nullable: true, description: '受入企業の状況 / The receiver’s situation.' })
  @Allow()
  receiverSituation?: string | null;

  @Field(() => String, { nullable: true, description: '課題 / Issues.' })
  @Allow()
  issues?: string | null;

  @Field(() => String, { nullable: true, description: '対応・今後の予定 / Actions.' })
  @Allow()
  actions?: string | null;
}
