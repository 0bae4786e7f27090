import { PageArgs, registerLabelledEnum } from '@kakehashi/graphql-core';
import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AssignmentScopeKind } from '../assignment-run.entity';

/** The order of a run's proposals. */
export enum AssignmentProposalOrder {
  SCORE_DESC = 'SCORE_DESC',
  SCORE_ASC = 'SCORE_ASC',
}

/** Where a proposal stands with consultants: nobody decided yet, taken up, or dismissed. */
export enum AssignmentProposalState {
  UNDECIDED = 'UNDECIDED',
  TAKEN_UP = 'TAKEN_UP',
  DISMISSED = 'DISMISSED',
}

registerLabelledEnum(AssignmentProposalOrder, {
  name: 'AssignmentProposalOrder',
  description: '提案の並び順 / The order of proposals.',
  labels: { SCORE_DESC: 'スコアの高い順', SCORE_ASC: 'スコアの低い順' },
});

registerLabelledEnum(AssignmentProposalState, {
  name: 'AssignmentProposalState',
  description: '提案への判断の状況 / Whether a proposal was decided on.',
  labels: { UNDECIDED: '未判断', TAKEN_UP: '採用済み', DISMISSED: '除外済み' },
});

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

/** Proposals of a run: best score first unless asked otherwise. */
@ArgsType()
export class AssignmentProposalsArgs extends PageArgs {
  @Field(() => AssignmentProposalOrder, { nullable: true, description: '並び順 (既定: スコアの高い順)' })
  @IsOptional()
  @IsEnum(AssignmentProposalOrder, { message: '並び順の指定が正しくありません。' })
  order?: AssignmentProposalOrder | null;

  @Field(() => Float, {
    nullable: true,
    description: 'このスコア (0〜1) 以上の提案のみ / Only proposals scoring this or more.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '最低スコアは数値で指定してください。' })
  @Min(0, { message: '最低スコアは0以上で指定してください。' })
  @Max(1, { message: '最低スコアは1以下で指定してください。' })
  minScore?: number | null;

  @Field(() => AssignmentProposalState, { nullable: true, description: '判断の状況で絞り込む' })
  @IsOptional()
  @IsEnum(AssignmentProposalState, { message: '判断の状況の指定が正しくありません。' })
  state?: AssignmentProposalState | null;
}

/** Runs: newest first. */
@ArgsType()
export class AssignmentRunsArgs extends PageArgs {}
