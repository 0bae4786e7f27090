import { CompanySize } from '@kakehashi/organisations';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import type { ConversionKind } from '../rate-tables';
import type { SubsidyEstimateKind } from '../subsidy-estimate.entity';
import { ConversionKindValues, SubsidyEstimateKindValues } from '../subsidy-graphql-enums';

@InputType('SubsidyTraineeInput', { description: '訓練受講者1人の実績 / One trainee’s hours and cost.' })
export class SubsidyTraineeInput {
  @Field({ description: '氏名または識別名 / Name or label.' })
  @Allow()
  name: string;

  @Field(() => Int, { description: 'Off-JT の訓練時間 (分) / Off-JT minutes.' })
  @Allow()
  offJtMinutes: number;

  @Field(() => Int, { description: 'OJT の訓練時間 (分) / OJT minutes.' })
  @Allow()
  ojtMinutes: number;

  @Field(() => Int, { description: '事業主が負担した Off-JT の実費 (円) / Off-JT cost borne, yen.' })
  @Allow()
  costBorneYen: number;
}

@InputType('TrainingSubsidyInput', {
  description: '人材開発支援助成金 (特別育成訓練コース) の試算の入力 / Input of a training subsidy estimate.',
})
export class TrainingSubsidyInput {
  @Field(() => String, {
    nullable: true,
    description: '支給額表 (省略時は本日適用の表) / Rate table; the one in force today when absent.',
  })
  @Allow()
  rateTableId?: string | null;

  @Field(() => CompanySize, { description: '企業規模 (計画提出時) / Company size at plan submission.' })
  @Allow()
  companySize: CompanySize;

  @Field({ defaultValue: false, description: '生産性の向上が認められる / Productivity rose.' })
  @Allow()
  productivityUplift: boolean;

  @Field(() => [SubsidyTraineeInput])
  @Allow()
  trainees: SubsidyTraineeInput[];
}

@InputType('ConversionInput', { description: '転換した1人 / One person converted.' })
export class ConversionInput {
  @Field({ description: '氏名または識別名 / Name or label.' })
  @Allow()
  name: string;

  @Field(() => ConversionKindValues)
  @Allow()
  kind: ConversionKind;

  @Field({ description: '転換日 / Converted on.' })
  @Allow()
  convertedOn: string;

  @Field({
    defaultValue: false,
    description:
      '派遣労働者を派遣先が正規雇用で直接雇用 (旧表の加算) / A dispatched worker hired by the client.',
  })
  @Allow()
  dispatchedWorkerHiredByClient: boolean;
}

@InputType('ConversionSubsidyInput', {
  description: 'キャリアアップ助成金 (正社員化コース) の試算の入力 / Input of a conversion subsidy estimate.',
})
export class ConversionSubsidyInput {
  @Field(() => String, {
    nullable: true,
    description: '支給額表 (省略時は申請日に適用の表) / Rate table; the one in force on the application day.',
  })
  @Allow()
  rateTableId?: string | null;

  @Field(() => CompanySize)
  @Allow()
  companySize: CompanySize;

  @Field({ defaultValue: false, description: '生産性の向上が認められる / Productivity rose.' })
  @Allow()
  productivityUplift: boolean;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'この事業所で同じ年度に申請済みの人数 / People already applied for this fiscal year.',
  })
  @Allow()
  alreadyAppliedThisFiscalYear: number;

  @Field({ description: '支給申請日 / Application day.' })
  @Allow()
  applicationOn: string;

  @Field(() => [ConversionInput], { description: '申請する順 / In the order applied for.' })
  @Allow()
  conversions: ConversionInput[];
}

@ArgsType()
export class AttachSubsidyEstimateArgs {
  @Field(() => ID, { description: '案件 / The case.' })
  @Allow()
  caseId: string;

  @Field(() => SubsidyEstimateKindValues)
  @Allow()
  kind: SubsidyEstimateKind;

  @Field(() => TrainingSubsidyInput, {
    nullable: true,
    description: 'kind = TRAINING の入力 / Training input.',
  })
  @Allow()
  training?: TrainingSubsidyInput | null;

  @Field(() => ConversionSubsidyInput, {
    nullable: true,
    description: 'kind = CONVERSION の入力 / Conversion input.',
  })
  @Allow()
  conversion?: ConversionSubsidyInput | null;

  @Field(() => ID, { nullable: true, description: '試算の元の訓練実施計画 / The plan estimated.' })
  @Allow()
  planId?: string | null;
}
