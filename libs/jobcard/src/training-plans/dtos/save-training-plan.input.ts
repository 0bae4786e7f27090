import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { PlanTraineeFactsInput } from '../../eligibility/dtos/trainee-facts.input';
import { TrainingPlanDraftInput } from './training-plan-draft.input';

@InputType('SaveTrainingPlanInput', {
  description:
    '訓練実施計画の作成・更新 (指摘があっても下書きとして保存) / Create or update a plan; saved whatever its findings.',
})
export class SaveTrainingPlanInput {
  @Field(() => ID, { nullable: true, description: '更新する計画 (新規は省略) / The plan to update.' })
  @Allow()
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '読み込んだバージョン (更新時) / Version read, to update.',
  })
  @Allow()
  version?: number | null;

  @Field(() => ID, { description: '実施企業 (更新時は変更不可) / The training company.' })
  @Allow()
  companyId: string;

  @Field(() => ID, { nullable: true, description: '紐付ける案件 / The case, if any.' })
  @Allow()
  caseId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '訓練受講者である人材バンク登録者 / The registrant trained.',
  })
  @Allow()
  registrantId?: string | null;

  @Field({ description: '訓練受講者の氏名 / The trainee’s name.' })
  @Allow()
  traineeName: string;

  @Field(() => TrainingPlanDraftInput)
  @Allow()
  draft: TrainingPlanDraftInput;

  @Field(() => PlanTraineeFactsInput, {
    nullable: true,
    description: '訓練受講者の事実 / The trainee’s facts.',
  })
  @Allow()
  traineeFacts?: PlanTraineeFactsInput | null;
}

@ArgsType()
export class AcceptTrainingPlanArgs {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '読み込んだバージョン / Version read.' })
  @Allow()
  version: number;
}

@ArgsType()
export class TrainingPlansArgs {
  @Field(() => ID, { nullable: true, description: '実施企業の計画 / A company’s plans.' })
  @Allow()
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: '案件に紐付く計画 / A case’s plans.' })
  @Allow()
  caseId?: string | null;
}
