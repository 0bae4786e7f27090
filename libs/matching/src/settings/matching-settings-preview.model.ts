import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { FactorWeightInput } from './matching-settings.model';

@InputType({
  description:
    '保存せずに試すマッチング設定 (省略した要素は現状のまま) / Settings to try without saving; others keep theirs.',
})
export class MatchingSettingsPreviewInput {
  @Field(() => [FactorWeightInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => FactorWeightInput)
  weights?: FactorWeightInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  excludeMissingRequired?: boolean;
}

@ObjectType('MatchingPreviewRank', {
  description:
    '試算での受入情報の順位 / A receiving offer’s place under the settings in force and the proposed ones.',
})
export class MatchingPreviewRankModel {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => Int, { description: 'この一覧での順位 (1始まり) / Rank in this list, from 1.' })
  rank: number;

  @Field(() => Int, { description: '100点満点のスコア / The score in whole points out of 100.' })
  scorePoints: number;

  @Field(() => Int, {
    nullable: true,
    description: '現在の設定での順位 (上位10件に入らなければ null) / Rank under the settings in force.',
  })
  currentRank: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '試す設定での順位 (上位10件に入らなければ null) / Rank under the proposed settings.',
  })
  proposedRank: number | null;
}

@ObjectType('MatchingSettingsPreview', {
  description:
    '1件の送出情報について、現在の設定と試す設定それぞれの上位10件 (保存しません) / One offer’s top ten both ways.',
})
export class MatchingSettingsPreviewModel {
  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => [MatchingPreviewRankModel], { description: '現在の設定での上位10件 / Top ten now.' })
  current: MatchingPreviewRankModel[];

  @Field(() => [MatchingPreviewRankModel], { description: '試す設定での上位10件 / Top ten as proposed.' })
  proposed: MatchingPreviewRankModel[];
}
