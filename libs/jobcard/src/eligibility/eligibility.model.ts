import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RuleFindingModel } from '../shared/rule-finding.model';
import { EmploymentKindValues, JobCardIssuerKindValues } from './eligibility-graphql-enums';
import type { EmploymentKind, JobCardIssuerKind } from './rules/trainee-facts';

@ObjectType('MonthWindow', {
  description: '年月の期間 (両端を含む) / A window of months, both ends included.',
})
export class MonthWindowModel {
  @Field({ description: '最初の年月 (YYYY-MM) / First month.' })
  from: string;

  @Field({ description: '最後の年月 (YYYY-MM) / Last month.' })
  to: string;
}

@ObjectType('TraineeEligibilityFigures', { description: '判定に使った数値 / The figures decided on.' })
export class TraineeEligibilityFiguresModel {
  @Field(() => Int, {
    description:
      '過去5年以内に訓練実施分野で正規雇用された月数 (通算、36か月以上で対象外) / Regular months in the field within 5 years.',
  })
  regularMonthsInFieldWithin5Years: number;

  @Field(() => Int, {
    description:
      '過去10年以内の同一企業での継続した正規雇用の最長月数 (72か月以上で対象外) / Longest continuous regular run within 10 years.',
  })
  longestContinuousRegularAtOneCompanyWithin10Years: number;

  @Field(() => MonthWindowModel, { description: '5年の確認期間 / The 5-year window.' })
  window5: MonthWindowModel;

  @Field(() => MonthWindowModel, { description: '10年の確認期間 / The 10-year window.' })
  window10: MonthWindowModel;
}

@ObjectType('TraineeEligibility', {
  description: '有期実習型訓練の受講資格の判定 (仕様 §5.12) / Whether the person can be the trainee.',
})
export class TraineeEligibilityModel {
  @Field({ description: 'エラーの指摘がない (警告は妨げない) / No error among the findings.' })
  eligible: boolean;

  @Field(() => [RuleFindingModel])
  findings: RuleFindingModel[];

  @Field(() => TraineeEligibilityFiguresModel)
  figures: TraineeEligibilityFiguresModel;
}

@ObjectType('RegistrantTrainingEligibility', {
  description:
    '人材バンク登録者の職歴からの受講資格の判定 (過去5年・10年の正規雇用) / Eligibility from a registrant’s work history.',
})
export class RegistrantTrainingEligibilityModel {
  @Field(() => ID)
  registrantId: string;

  @Field({ description: '職歴の要件を満たす / The work history does not exclude the person.' })
  eligibleByWorkHistory: boolean;

  @Field(() => [RuleFindingModel], { description: '職歴に関する指摘 / Findings on the history.' })
  findings: RuleFindingModel[];

  @Field(() => TraineeEligibilityFiguresModel)
  figures: TraineeEligibilityFiguresModel;

  @Field({ description: 'この判定の範囲 / What this judgement covers.' })
  note: string;
}

@ObjectType('TraineeWorkHistoryEntry', { description: '職歴1件 / One work-history entry.' })
export class TraineeWorkHistoryModel {
  @Field()
  companyName: string;

  @Field({ description: '開始年月 / First month.' })
  from: string;

  @Field(() => String, { nullable: true, description: '終了年月 / Last month.' })
  to: string | null;

  @Field(() => EmploymentKindValues)
  employmentKind: EmploymentKind;

  @Field(() => String, { nullable: true })
  field: string | null;
}

@ObjectType('PlanTraineeFacts', {
  description: '計画に記録した訓練受講者の事実 / The trainee’s facts on a plan.',
})
export class PlanTraineeFactsModel {
  @Field({ description: '訓練実施分野 / The training’s field.' })
  trainingField: string;

  @Field(() => [TraineeWorkHistoryModel])
  history: TraineeWorkHistoryModel[];

  @Field(() => EmploymentKindValues)
  currentEmploymentKind: EmploymentKind;

  @Field()
  hiredOnPromiseOfRegular: boolean;

  @Field()
  dayStudent: boolean;

  @Field(() => String, { nullable: true })
  expectedGraduationOn: string | null;

  @Field(() => String, { nullable: true })
  publicTrainingFinishedOn: string | null;

  @Field(() => String, { nullable: true })
  jobCardIssuedOn: string | null;

  @Field(() => JobCardIssuerKindValues, { nullable: true })
  issuerKind: JobCardIssuerKind | null;

  @Field()
  judgedSuitableForTraining: boolean;

  @Field(() => String, { nullable: true })
  overrideReason: string | null;
}

@ObjectType('DayWindow', { description: '日の期間 (両端を含む) / A window of days, both ends included.' })
export class DayWindowModel {
  @Field({ description: '初日 (YYYY-MM-DD) / First day.' })
  from: string;

  @Field({ description: '末日 (YYYY-MM-DD) / Last day.' })
  to: string;
}

@ObjectType('EmployerTrainingEligibility', {
  description:
    '有期実習型訓練の事業主の要件の判定 (仕様 §5.13) / Whether the employer meets the requirements.',
})
export class EmployerTrainingEligibilityModel {
  @Field({ description: 'エラーの指摘がない / No error among the findings.' })
  eligible: boolean;

  @Field(() => [RuleFindingModel])
  findings: RuleFindingModel[];

  @Field(() => DayWindowModel, {
    description: '事業主都合の解雇等を確かめる期間 (R-EM-6) / The window R-EM-6 checks dismissals in.',
  })
  dismissalWindow: DayWindowModel;
}
