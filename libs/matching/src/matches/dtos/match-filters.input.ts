import { MoveType } from '@kakehashi/offers';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'マッチング候補の絞り込み / Narrow the suggested counterparts.' })
export class MatchFiltersInput {
  @Field(() => [String], {
    nullable: true,
    description: '都道府県コード (勤務地・所在地) / JIS prefecture codes.',
  })
  @IsOptional()
  @Matches(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, {
    each: true,
    message: '都道府県コードは01〜47で指定してください。',
  })
  prefectureCodes?: string[];

  @Field(() => [String], { nullable: true, description: '地方 (関東, 近畿 など) / Regions.' })
  @IsOptional()
  @IsString({ each: true })
  regions?: string[];

  @Field(() => MoveType, {
    nullable: true,
    description: '出向・移籍の別 / Only pairs that can be this move.',
  })
  @IsOptional()
  @IsEnum(MoveType)
  moveType?: MoveType;

  @Field(() => [String], { nullable: true, description: '職業大分類コード / Occupation major groups.' })
  @IsOptional()
  @Matches(/^[A-L]$/, { each: true, message: '職業大分類コードはA〜Lで指定してください。' })
  occupationCodes?: string[];

  @Field(() => Float, { nullable: true, description: '最低スコア 0〜1 / Minimum score.' })
  @IsOptional()
  @IsNumber({}, { message: '最低スコアは数値で指定してください。' })
  @Min(0, { message: '最低スコアは0以上で指定してください。' })
  @Max(1, { message: '最低スコアは1以下で指定してください。' })
  minScore?: number;

  @Field({ nullable: true, description: '除外済みの組み合わせも表示 / Include dismissed pairs.' })
  @IsOptional()
  @IsBoolean()
  includeDismissed?: boolean;
}

@ArgsType()
export class MatchesArgs {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { defaultValue: 20, description: '件数 (1〜100) / How many, 1..100.' })
  @IsInt()
  @Min(1, { message: '件数は1以上で指定してください。' })
  @Max(100, { message: '件数は100以下で指定してください。' })
  first: number;

  @Field(() => MatchFiltersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchFiltersInput)
  filters?: MatchFiltersInput;
}
