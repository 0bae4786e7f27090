import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { FACTOR_KEYS, FACTOR_LABELS, FactorKey } from '../engine/factor-weights';
import { FACTOR_DESCRIPTIONS } from './factor-descriptions';
import type { StoredMatchingSettings } from './matching-settings.service';

@ObjectType('MatchingFactorWeight')
export class FactorWeightModel {
  @Field(() => FactorKey)
  factor: FactorKey;

  @Field({ description: '要素名 / Label.' })
  label: string;

  @Field({ description: 'この要素が比べるもの / What the factor compares, for people choosing its weight.' })
  description: string;

  @Field(() => Float, { description: '重み (相対値) / Relative weight.' })
  weight: number;

  @Field(() => Float, { description: '全体に占める割合 / Share of the total weight.' })
  share: number;
}

@ObjectType('MatchingSettings', {
  description: 'マッチングの重みと設定 / The matching engine’s weights and switches.',
})
export class MatchingSettingsModel {
  @Field(() => [FactorWeightModel])
  weights: FactorWeightModel[];

  @Field({
    description:
      '必須資格・スキルが不足する相手を候補から除外するか (false なら減点して不足を表示) / Exclude counterparts missing a required skill.',
  })
  excludeMissingRequired: boolean;

  @Field(() => Float, {
    description:
      '一括マッチングで提案する最低スコア (0〜1)。これ未満の組み合わせは提案しない / Batch runs never propose a pair scoring below this.',
  })
  minimumProposalScore: number;

  @Field({
    description:
      '必須資格・スキルが不足する組み合わせを一括マッチングで提案しないか / Batch runs never propose a pair missing a required skill.',
  })
  excludeMissingRequiredFromProposals: boolean;

  @Field(() => Int, { description: '版 (0 は既定値のまま) / Version; 0 while never edited.' })
  version: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt: Date | null;

  @Field(() => ID, { nullable: true })
  updatedByUserId: string | null;
}

export function toMatchingSettingsModel(stored: StoredMatchingSettings): MatchingSettingsModel {
  const total = FACTOR_KEYS.reduce((sum, key) => sum + stored.weights[key], 0);
  return {
    weights: FACTOR_KEYS.map((factor) => ({
      factor,
      label: FACTOR_LABELS[factor],
      description: FACTOR_DESCRIPTIONS[factor],
      weight: stored.weights[factor],
      share: total > 0 ? stored.weights[factor] / total : 0,
    })),
    excludeMissingRequired: stored.excludeMissingRequired,
    minimumProposalScore: stored.proposalFloor.minimumScore,
    excludeMissingRequiredFromProposals: stored.proposalFloor.excludeMissingRequired,
    version: stored.version,
    updatedAt: stored.updatedAt,
    updatedByUserId: stored.updatedByUserId,
  };
}

@InputType()
export class FactorWeightInput {
  @Field(() => FactorKey)
  @IsEnum(FactorKey)
  factor: FactorKey;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '重みは数値で入力してください。' })
  @Min(0, { message: '重みは0以上で入力してください。' })
  @Max(100, { message: '重みは100以下で入力してください。' })
  weight: number;
}

@InputType({ description: 'マッチング設定の変更 (管理者) / Change the matching settings (administrators).' })
export class UpdateMatchingSettingsInput {
  @Field(() => [FactorWeightInput], {
    nullable: true,
    description: '変更する要素の重み (省略した要素は現状のまま) / Weights to change; others keep theirs.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => FactorWeightInput)
  weights?: FactorWeightInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  excludeMissingRequired?: boolean;

  @Field(() => Float, { nullable: true, description: '一括マッチングで提案する最低スコア (0〜1)' })
  @IsOptional()
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: '提案する最低スコアは数値で入力してください。' },
  )
  @Min(0, { message: '提案する最低スコアは0以上で入力してください。' })
  @Max(1, { message: '提案する最低スコアは1以下で入力してください。' })
  minimumProposalScore?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  excludeMissingRequiredFromProposals?: boolean;

  @Field(() => Int, { description: '読み込んだ時の版 / The version you read.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
