import { CompanySize } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { RuleFindingModel } from '../shared/rule-finding.model';
import type { CompanySize as JobcardCompanySize, ConversionKind } from './rate-tables';
import type { TrainingLineItem } from './rules/training-subsidy';
import type { SubsidyEstimateKind } from './subsidy-estimate.entity';
import {
  ConversionKindValues,
  SubsidyEstimateKindValues,
  TrainingLineItemValues,
} from './subsidy-graphql-enums';

@ObjectType('SubsidyLine', {
  description: '試算の1行 (計算式つき) / One line of an estimate, with its computation.',
})
export class SubsidyLineModel {
  @Field(() => TrainingLineItemValues)
  item: TrainingLineItem;

  @Field({ description: '項目名 / Label.' })
  label: string;

  @Field(() => Int, { description: '金額 (円) / Amount in yen.' })
  amountYen: number;

  @Field({ description: '計算式 (例: 760円 × 120時間 = 91,200円) / The computation as shown.' })
  computation: string;

  @Field({ description: '上限時間または経費の上限で決まった / A cap decided the amount.' })
  capped: boolean;
}

@ObjectType('SubsidyTraineeEstimate', { description: '訓練受講者1人の試算 / One trainee’s estimate.' })
export class TraineeEstimateModel {
  @Field()
  name: string;

  @Field(() => Int, { description: 'Off-JT 時間 (1時間未満切り捨て) / Off-JT whole hours.' })
  offJtHours: number;

  @Field(() => Int, { description: 'OJT 時間 (1時間未満切り捨て) / OJT whole hours.' })
  ojtHours: number;

  @Field(() => [SubsidyLineModel])
  lines: SubsidyLineModel[];

  @Field(() => Int)
  totalYen: number;

  @Field({ description: '合計の計算式 / The total’s computation.' })
  totalComputation: string;
}

@ObjectType('SubsidyNote', { description: '試算の注記 / A note on an estimate.' })
export class SubsidyNoteModel {
  @Field()
  text: string;

  @Field({ description: '根拠となる資料の行 / Seed line.' })
  seed: string;
}

@ObjectType('TrainingSubsidyEstimate', {
  description: '人材開発支援助成金 (特別育成訓練コース) の試算 / A training subsidy estimate.',
})
export class TrainingSubsidyEstimateModel {
  @Field({ description: '支給額表 / Rate table used.' })
  rateTableId: string;

  @Field()
  schemeName: string;

  @Field(() => CompanySize)
  companySize: JobcardCompanySize;

  @Field()
  productivityUplift: boolean;

  @Field(() => [TraineeEstimateModel])
  trainees: TraineeEstimateModel[];

  @Field(() => Int, { description: '合計 (円) / Total, yen.' })
  totalYen: number;

  @Field()
  totalComputation: string;

  @Field(() => [SubsidyNoteModel])
  notes: SubsidyNoteModel[];

  @Field(() => [RuleFindingModel])
  findings: RuleFindingModel[];
}

@ObjectType('ConversionLine', { description: '転換1人の試算 / One person’s conversion amount.' })
export class ConversionLineModel {
  @Field()
  name: string;

  @Field(() => ConversionKindValues)
  kind: ConversionKind;

  @Field()
  kindLabel: string;

  @Field(() => Int)
  amountYen: number;

  @Field({ description: '計算式 / The computation as shown.' })
  computation: string;
}

@ObjectType('RefusedConversion', { description: '申請できない方 / A person who cannot be applied for.' })
export class RefusedConversionModel {
  @Field()
  name: string;

  @Field(() => ConversionKindValues)
  kind: ConversionKind;

  @Field({ description: '判定コード / Code.' })
  code: string;

  @Field({ description: '理由 / Why.' })
  reason: string;
}

@ObjectType('ConversionSubsidyEstimate', {
  description: 'キャリアアップ助成金 (正社員化コース) の試算 / A conversion subsidy estimate.',
})
export class ConversionSubsidyEstimateModel {
  @Field()
  rateTableId: string;

  @Field()
  schemeName: string;

  @Field(() => CompanySize)
  companySize: JobcardCompanySize;

  @Field()
  productivityUplift: boolean;

  @Field(() => Int, { description: '申請日の年度 (上限人数の数え方) / Fiscal year of the application.' })
  fiscalYear: number;

  @Field()
  fiscalYearLabel: string;

  @Field(() => [ConversionLineModel])
  lines: ConversionLineModel[];

  @Field(() => [RefusedConversionModel])
  refused: RefusedConversionModel[];

  @Field(() => Int)
  totalYen: number;

  @Field()
  totalComputation: string;

  @Field(() => [RuleFindingModel])
  findings: RuleFindingModel[];
}

@ObjectType('SubsidyEstimate', {
  description:
    '案件に添付した助成金の試算 (STEP2 助成金の周知と活用勧奨。表示したとおりに保存) / An estimate kept with a case.',
})
export class SubsidyEstimateModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field(() => SubsidyEstimateKindValues)
  kind: SubsidyEstimateKind;

  @Field({ description: '使った支給額表 / Rate table used.' })
  rateTableId: string;

  @Field(() => Int)
  totalYen: number;

  @Field(() => TrainingSubsidyEstimateModel, { nullable: true })
  training: TrainingSubsidyEstimateModel | null;

  @Field(() => ConversionSubsidyEstimateModel, { nullable: true })
  conversion: ConversionSubsidyEstimateModel | null;

  @Field(() => [String], {
    description: '案件による注記 (出向者は対象外など) / Notes the case adds (a secondee is not covered, …).',
  })
  caseNotes: string[];

  @Field(() => ID)
  createdByUserId: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
