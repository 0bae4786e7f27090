import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { DismissalReason, MatchDecisionKind } from '../match-decision.entity';

const REASON_MAX = 1000;

@InputType({ description: '送出情報と受入情報の組み合わせ / A sending and a receiving offer.' })
export class MatchPairInput {
  @Field(() => ID)
  @IsString()
  sendingOfferId: string;

  @Field(() => ID)
  @IsString()
  receivingOfferId: string;
}

@InputType({ description: '候補の除外 / Dismiss a suggestion.' })
export class DismissMatchInput extends MatchPairInput {
  @Field(() => DismissalReason)
  @IsEnum(DismissalReason)
  reasonCode: DismissalReason;

  @Field(() => String, {
    nullable: true,
    description: '理由の詳細 (その他の場合は必須) / Details; required for OTHER.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX, { message: `理由は${REASON_MAX}文字以内で入力してください。` })
  reason?: string | null;
}

@InputType({ description: '候補の採用 / Take up a suggestion.' })
export class TakeUpMatchInput extends MatchPairInput {
  @Field(() => Int, {
    nullable: true,
    description: '提案人数 (省略時は双方の残り人数の小さい方) / People proposed.',
  })
  @IsOptional()
  @IsInt({ message: '人数は整数で入力してください。' })
  @Min(1, { message: '人数は1以上で入力してください。' })
  people?: number | null;

  @Field(() => String, { nullable: true, description: 'メモ / Note.' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX, { message: `メモは${REASON_MAX}文字以内で入力してください。` })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '一括割当の提案から採用した場合の実行ID / The batch run it came from.',
  })
  @IsOptional()
  @IsUUID('all', { message: '一括割当の実行IDが正しくありません。' })
  assignmentRunId?: string | null;
}

@InputType({ description: '判断の絞り込み / Filter decisions.' })
export class MatchDecisionFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '送出情報IDが正しくありません。' })
  sendingOfferId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '受入情報IDが正しくありません。' })
  receivingOfferId?: string;

  @Field(() => MatchDecisionKind, { nullable: true })
  @IsOptional()
  @IsEnum(MatchDecisionKind)
  decision?: MatchDecisionKind;
}

@ArgsType()
export class MatchDecisionsArgs extends PageArgs {
  @Field(() => MatchDecisionFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchDecisionFilterInput)
  filter?: MatchDecisionFilterInput;
}
