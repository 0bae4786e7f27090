import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Allow } from 'class-validator';

@ArgsType()
export class EvaluationSheetsArgs {
  @Field(() => ID, { nullable: true, description: '案件の出向者の評価シート / A case’s sheets.' })
  @Allow()
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: '登録者の評価シート / A registrant’s sheets.' })
  @Allow()
  registrantId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '企業の訓練受講者の評価シート / A company’s trainees’ sheets.',
  })
  @Allow()
  companyId?: string | null;
}
