import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { AssignmentScopeKind } from '../assignment-run.entity';

@InputType({ description: '一括マッチングの開始 / Start a batch assignment.' })
export class StartAssignmentRunInput {
  @Field(() => AssignmentScopeKind)
  @IsEnum(AssignmentScopeKind, { message: '実行範囲の指定が正しくありません。' })
  scope: AssignmentScopeKind;

  @Field(() => ID, {
    nullable: true,
    description:
      'OFFICE のときの事務所 (コンサルタントは省略すると自分の事務所) / The office for OFFICE (a consultant’s own when omitted).',
  })
  @IsOptional()
  @IsString({ message: '事務所の指定が正しくありません。' })
  @MaxLength(64, { message: '事務所の指定が正しくありません。' })
  officeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'REGION のときの地域 (例: 近畿) / The region for REGION.',
  })
  @IsOptional()
  @IsString({ message: '地域は文字列で指定してください。' })
  @MaxLength(64, { message: '地域は64文字以内で指定してください。' })
  region?: string | null;
}

/** Proposals of a run: best score first. */
@ArgsType()
export class AssignmentProposalsArgs extends PageArgs {}

/** Runs: newest first. */
@ArgsType()
export class AssignmentRunsArgs extends PageArgs {}
