import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReferralOutcomeCase', {
  description:
    '紹介の送出・受入情報から作られた案件 (成立の報告で選ぶ) / A case opened from the referral’s offers.',
})
export class ReferralOutcomeCaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '案件番号 / Case number.' })
  number: number;

  @Field({ description: '段階 (CaseStage の値) / The case’s stage, a CaseStage value.' })
  stage: string;

  @Field(() => String, { nullable: true, description: '成立日 / When it was established.' })
  establishedOn: string | null;
}
