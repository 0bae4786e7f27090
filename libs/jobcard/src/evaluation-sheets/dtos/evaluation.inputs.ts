import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import '../../jobcard-graphql-enums';
import { EvaluationMomentEnum, EvaluationStateEnum, GradeEnum } from '../../jobcard-enums';
import type { EvaluationMoment, EvaluationState, Grade } from '../evaluation-sheet';

@InputType('EvaluationRatingInput', { description: '基準ごとの評価 / One criterion’s ratings.' })
export class RatingInput {
  @Field({ description: '基準のキー / The criterion’s key.' })
  @Allow()
  key: string;

  @Field({ description: '評価を行わなかった (C欄に斜線) / Not evaluated.' })
  @Allow()
  notEvaluated: boolean;

  @Field(() => GradeEnum, { nullable: true })
  @Allow()
  self?: Grade | null;

  @Field(() => GradeEnum, { nullable: true })
  @Allow()
  company?: Grade | null;

  @Field(() => String, { nullable: true, description: '評価責任者の確認 / The lead’s note.' })
  @Allow()
  leadNote?: string | null;

  @Field(() => String, { nullable: true, description: '本人への説明 / Explanation note.' })
  @Allow()
  explanationNote?: string | null;
}

@InputType({ description: '評価の記録 (目標・中間・修了) / Record an evaluation.' })
export class RecordEvaluationInput {
  @Field(() => ID)
  @Allow()
  sheetId: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field(() => EvaluationMomentEnum)
  @Allow()
  moment: EvaluationMoment;

  @Field({ description: '評価の日 (YYYY-MM-DD) / Day.' })
  @Allow()
  date: string;

  @Field(() => String, { nullable: true, description: '評価担当者 / Evaluator.' })
  @Allow()
  evaluatorName?: string | null;

  @Field(() => String, { nullable: true, description: '評価責任者 / Evaluation lead.' })
  @Allow()
  leadName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '中間評価を記録したフォローアップ (案件のもの) / The case follow-up of a mid-term.',
  })
  @Allow()
  followUpId?: string | null;

  @Field(() => [RatingInput], { description: '記録する行 (目標の提示では空) / Rated rows.' })
  @Allow()
  ratings: RatingInput[];
}

@InputType({ description: '評価の手順を進める / Move an evaluation to its next step.' })
export class AdvanceEvaluationInput {
  @Field(() => ID)
  @Allow()
  sheetId: string;

  @Field(() => Int)
  @Allow()
  expectedVersion: number;

  @Field(() => EvaluationMomentEnum)
  @Allow()
  moment: EvaluationMoment;

  @Field(() => EvaluationStateEnum, { description: '進める先 / Target state.' })
  @Allow()
  to: EvaluationState;
}
