import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import type { EmploymentKind, JobCardIssuerKind } from '../rules/trainee-facts';
import { EmploymentKindValues, JobCardIssuerKindValues } from '../eligibility-graphql-enums';

@InputType('TraineeWorkHistoryInput', { description: '職歴1件 (月単位) / One work-history entry, by month.' })
export class TraineeWorkHistoryInput {
  @Field({ description: '企業名 / Company.' })
  @Allow()
  companyName: string;

  @Field({ description: '開始年月 (YYYY-MM) / First month.' })
  @Allow()
  from: string;

  @Field(() => String, { nullable: true, description: '終了年月 (YYYY-MM、継続中は空) / Last month.' })
  @Allow()
  to?: string | null;

  @Field(() => EmploymentKindValues, { description: '雇用形態 / Employment kind.' })
  @Allow()
  employmentKind: EmploymentKind;

  @Field(() => String, { nullable: true, description: '分野 / Field of the work.' })
  @Allow()
  field?: string | null;
}

/** The facts about the trainee that the plan records (the training's dates are the plan's period). */
@InputType('PlanTraineeFactsInput', {
  description:
    '訓練受講者の受講資格の判定に使う事実 (訓練期間は計画のもの) / The trainee’s facts for the eligibility rules.',
})
export class PlanTraineeFactsInput {
  @Field({ description: '訓練実施分野 (職歴の分野と照合) / The training’s field.' })
  @Allow()
  trainingField: string;

  @Field(() => [TraineeWorkHistoryInput], { defaultValue: [] })
  @Allow()
  history: TraineeWorkHistoryInput[];

  @Field(() => EmploymentKindValues, {
    description: '訓練実施企業での雇用形態 / Employment kind at the training company.',
  })
  @Allow()
  currentEmploymentKind: EmploymentKind;

  @Field({
    defaultValue: false,
    description: '正規雇用を約して雇い入れられた / Hired on a promise of regular work.',
  })
  @Allow()
  hiredOnPromiseOfRegular: boolean;

  @Field({ defaultValue: false, description: '昼間学校に在籍 / A day-school student.' })
  @Allow()
  dayStudent: boolean;

  @Field(() => String, { nullable: true, description: '卒業予定日 (新規学卒予定者) / Expected graduation.' })
  @Allow()
  expectedGraduationOn?: string | null;

  @Field(() => String, { nullable: true, description: '公的職業訓練の終了日 / Public training finished on.' })
  @Allow()
  publicTrainingFinishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'ジョブ・カードの交付日 / Job Card issued on.' })
  @Allow()
  jobCardIssuedOn?: string | null;

  @Field(() => JobCardIssuerKindValues, { nullable: true })
  @Allow()
  issuerKind?: JobCardIssuerKind | null;

  @Field({
    defaultValue: false,
    description: '有期実習型訓練の受講が相当と判断された / Judged suitable for the training.',
  })
  @Allow()
  judgedSuitableForTraining: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'おおむねの基準を超えても進める理由 / Reason to go on past an おおむね threshold.',
  })
  @Allow()
  overrideReason?: string | null;
}

@InputType('TraineeFactsInput', {
  description: '受講資格の判定 (入力途中の確認用) / The trainee’s facts with the training’s dates.',
})
export class TraineeFactsInput extends PlanTraineeFactsInput {
  @Field({ description: '訓練開始日 / Training start.' })
  @Allow()
  trainingStart: string;

  @Field({ description: '訓練終了日 / Training end.' })
  @Allow()
  trainingEnd: string;
}

@ArgsType()
export class RegistrantTrainingEligibilityArgs {
  @Field(() => ID, { description: 'キャリア人材バンク登録者 / The registrant.' })
  @Allow()
  registrantId: string;

  @Field({ description: '訓練開始日 / Training start.' })
  @Allow()
  trainingStart: string;

  @Field({ description: '訓練終了日 / Training end.' })
  @Allow()
  trainingEnd: string;

  @Field({ description: '訓練実施分野 / The training’s field.' })
  @Allow()
  trainingField: string;
}
