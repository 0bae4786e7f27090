import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import type { StoredFollowUpSettings } from './follow-up-settings.queries';

@ObjectType('CaseFollowUpSettings', {
  description:
    'フォローアップの既定値 (管理者が変更)。変更は、その後に成立した案件と、既存の案件の次の再計画 (成立の訂正・契約変更など) から適用される / Follow-up defaults.',
})
export class CaseFollowUpSettingsModel {
  @Field(() => Int, {
    description: '開始(採用)から最初のフォローアップまでの月数 / Months to the first follow-up.',
  })
  firstAfterMonths: number;

  @Field(() => Int, { description: 'その後のフォローアップの間隔(月) / Months between follow-ups.' })
  intervalMonths: number;

  @Field(() => Int, {
    description:
      '出向終了日の何か月前にもフォローアップするか (0 はなし) / Months before the end date (0: none).',
  })
  beforeEndMonths: number;

  @Field(() => Int, {
    description: '移籍後、何か月までフォローアップするか / Months after a hire that follow-ups continue.',
  })
  transferHorizonMonths: number;

  @Field(() => Int, { description: '版 / Version for optimistic concurrency.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;

  @Field(() => ID, { nullable: true })
  updatedByUserId: string | null;
}

export function toCaseFollowUpSettingsModel(stored: StoredFollowUpSettings): CaseFollowUpSettingsModel {
  return { ...stored };
}

// Fields carry @Allow only: the use case reports every problem at once, as Japanese field errors.
@InputType({
  description:
    'フォローアップの既定値の変更 (管理者。省略した項目は現状のまま) / Change the follow-up defaults.',
})
export class UpdateCaseFollowUpSettingsInput {
  @Field(() => Int, { nullable: true, description: '0〜24' })
  @Allow()
  firstAfterMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '1〜24' })
  @Allow()
  intervalMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '0〜12' })
  @Allow()
  beforeEndMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '0〜60' })
  @Allow()
  transferHorizonMonths?: number | null;

  @Field(() => Int, { description: '読み込んだ時の版 (古ければ CONFLICT) / The version you read.' })
  @Allow()
  expectedVersion: number;
}
