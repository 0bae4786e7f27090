import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ConversionKind } from './rate-tables';
import { ConversionKindValues } from './subsidy-graphql-enums';

@ObjectType('SubsidyRatesBySize', { description: '企業規模別の金額 (円) / Amounts by company size, yen.' })
export class RatesBySizeModel {
  @Field(() => Int, { description: '中小企業 / SME.' })
  sme: number;

  @Field(() => Int, { description: '中小企業 (生産性の向上が認められる場合) / SME, productivity up.' })
  smeUplift: number;

  @Field(() => Int, { description: '大企業 / Large.' })
  large: number;

  @Field(() => Int, { description: '大企業 (生産性の向上が認められる場合) / Large, productivity up.' })
  largeUplift: number;
}

@ObjectType('SubsidyConversionRate', {
  description: '転換の区分ごとの1人あたりの金額 / Amounts per conversion.',
})
export class ConversionRateModel {
  @Field(() => ConversionKindValues)
  kind: ConversionKind;

  @Field({ description: '区分 (例: ①有期→正規) / Label.' })
  kindLabel: string;

  @Field(() => RatesBySizeModel, {
    nullable: true,
    description: 'この表に金額がなければ null / None in this table.',
  })
  rates: RatesBySizeModel | null;
}

@ObjectType('SubsidyDispatchAddition', { description: '派遣労働者の直接雇用の加算 / Dispatch addition.' })
export class DispatchAdditionModel {
  @Field(() => Int)
  yenPerPerson: number;

  @Field({ description: '対象となる転換日の初日 / First conversion day.' })
  from: string;

  @Field({ description: '対象となる転換日の末日 / Last conversion day.' })
  until: string;

  @Field()
  source: string;
}

@ObjectType('SubsidyRateTable', {
  description: '助成金の支給額表 (適用開始日つき。改定は新しい表) / A dated table of subsidy amounts.',
})
export class SubsidyRateTableModel {
  @Field({ description: '表の識別子 (例: S003) / Table id.' })
  id: string;

  @Field({ description: '適用開始日 / First day it applies.' })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: '適用最終日 (次の表の前日。現行なら null) / Last day.',
  })
  validUntil: string | null;

  @Field({ description: '本日適用されている表か / In force today.' })
  inForceToday: boolean;

  @Field({ description: '訓練の助成金の名称 / Training scheme.' })
  trainingSchemeName: string;

  @Field({ description: '転換の助成金の名称 / Conversion scheme.' })
  conversionSchemeName: string;

  @Field({ description: '出典 (資料の行) / Source lines.' })
  source: string;

  @Field({ description: '生産性の向上の割増額が示されているか / Prints uplift amounts.' })
  printsUpliftAmounts: boolean;

  @Field(() => RatesBySizeModel, { description: 'Off-JT 賃金助成 (1人1時間) / Off-JT wage per hour.' })
  offJtWagePerHour: RatesBySizeModel;

  @Field(() => [Int], {
    description: 'Off-JT 経費助成の上限 中小企業 (100h未満/200h未満/200h以上) / SME cost caps.',
  })
  offJtCostBracketsSme: number[];

  @Field(() => [Int], { description: 'Off-JT 経費助成の上限 大企業 / Large cost caps.' })
  offJtCostBracketsLarge: number[];

  @Field(() => RatesBySizeModel, { description: 'OJT 実施助成 (1人1時間) / OJT per hour.' })
  ojtPerHour: RatesBySizeModel;

  @Field(() => Int, { description: 'Off-JT 賃金助成の上限時間 (1人1コース) / Off-JT wage hours cap.' })
  offJtWageHoursCap: number;

  @Field(() => Int, { description: 'OJT 実施助成の上限時間 (1人1コース) / OJT hours cap.' })
  ojtHoursCap: number;

  @Field(() => [ConversionRateModel])
  conversion: ConversionRateModel[];

  @Field(() => Int, {
    nullable: true,
    description: '1年度1事業所当たりの支給申請上限人数 / Conversions per establishment per fiscal year.',
  })
  conversionCapPerEstablishmentPerFiscalYear: number | null;

  @Field(() => DispatchAdditionModel, { nullable: true })
  dispatchAddition: DispatchAdditionModel | null;

  @Field({
    description: '転換後の経費助成の増額あり (金額の記載なし) / Cost subsidy raised after conversion.',
  })
  offJtCostIncreasesAfterConversion: boolean;
}
