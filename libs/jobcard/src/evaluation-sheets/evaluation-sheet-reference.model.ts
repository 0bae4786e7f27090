import { Field, Int, ObjectType } from '@nestjs/graphql';
import '../jobcard-graphql-enums';
import { DutyTypeEnum } from '../jobcard-enums';
import type { DutyType } from './evaluation-sheet';

@ObjectType('BasicAbilityUnit', {
  description: 'Ⅱ 職務遂行のための基本的能力の能力ユニット (全シート共通・変更不可) / A section II unit.',
})
export class BasicAbilityUnitModel {
  @Field({ description: 'ユニットのコード (WORK_ATTITUDE など) / Unit code.' })
  code: string;

  @Field()
  name: string;

  @Field({ description: '定義 / Definition.' })
  definition: string;

  @Field(() => [String], { description: '職務遂行のための基準 / Criteria.' })
  criteria: string[];
}

@ObjectType('EvaluationDutyTypeOption', { description: '訓練の職務の類型 / A duty type.' })
export class DutyTypeOptionModel {
  @Field(() => DutyTypeEnum)
  dutyType: DutyType;

  @Field({ description: '日本語名 / Japanese name.' })
  name: string;

  @Field({ description: 'Ⅲ(1)のモデルが登録済み / A III(1) model is loaded.' })
  hasModel: boolean;
}

@ObjectType('ModelSheetCriterion', { description: 'モデル評価シートの基準 / A model criterion.' })
export class ModelCriterionModel {
  @Field(() => Int)
  number: number;

  @Field()
  text: string;

  @Field({ description: 'コード (モデル評価シートのコード番号) / Code.' })
  code: string;
}

@ObjectType('ModelSheetUnit', { description: 'モデル評価シートの能力ユニット / A model unit.' })
export class ModelUnitModel {
  @Field()
  name: string;

  @Field({ description: '必要に応じて加えるユニット / Optional unit.' })
  optional: boolean;

  @Field(() => [ModelCriterionModel])
  criteria: ModelCriterionModel[];
}

@ObjectType('ModelSheetSection', {
  description: 'モデル評価シートの欄 (Ⅲ(1) または Ⅲ(2)) / A model section.',
})
export class ModelSectionModel {
  @Field({ description: 'コード番号 (B002101、H340231) / The model’s code; also its id.' })
  code: string;

  @Field()
  title: string;

  @Field(() => DutyTypeEnum, { nullable: true })
  dutyType: DutyType | null;

  @Field({ description: '評価基準の出所 / Source name.' })
  sourceName: string;

  @Field(() => [ModelUnitModel])
  units: ModelUnitModel[];

  @Field({ description: '根拠資料の行 / Seed lines.' })
  seed: string;
}

@ObjectType('EvaluationSheetReference', {
  description: '評価シートの参照データ (Ⅱ欄、職務の類型、モデル評価シート) / Reference data for sheets.',
})
export class EvaluationSheetReferenceModel {
  @Field(() => [BasicAbilityUnitModel])
  section2Units: BasicAbilityUnitModel[];

  @Field(() => [DutyTypeOptionModel])
  dutyTypes: DutyTypeOptionModel[];

  @Field(() => [ModelSectionModel], { description: 'Ⅲ(1) のモデル (類型ごと) / III(1) models.' })
  basicModels: ModelSectionModel[];

  @Field(() => [ModelSectionModel], { description: 'Ⅲ(2) のモデル / III(2) models.' })
  specialModels: ModelSectionModel[];
}
