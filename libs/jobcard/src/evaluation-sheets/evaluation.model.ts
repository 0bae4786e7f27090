import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import '../jobcard-graphql-enums';
import { EvaluationMomentEnum, EvaluationStateEnum, FlagReasonEnum, GradeEnum } from '../jobcard-enums';
import { RuleFindingModel } from '../shared/rule-finding.model';
import type { EvaluationMoment, EvaluationState, Grade } from './evaluation-sheet';
import type { FlagReason } from './rules/evaluation-workflow.rule';

@ObjectType('EvaluationCriterionRating', {
  description:
    '基準ごとの評価 (自己評価・企業評価・確認と説明の記録) / One criterion’s ratings in one evaluation.',
})
export class CriterionRatingModel {
  @Field({ description: '基準のキー (II.WORK_ATTITUDE.1、III2.3.5) / The criterion’s key.' })
  key: string;

  @Field({ description: '評価を行わなかった (C欄に斜線) / Not evaluated: the struck C column.' })
  notEvaluated: boolean;

  @Field(() => GradeEnum, { nullable: true, description: '自己評価 / The trainee’s rating.' })
  self: Grade | null;

  @Field(() => GradeEnum, { nullable: true, description: '企業評価 / The company’s rating.' })
  company: Grade | null;

  @Field(() => String, {
    nullable: true,
    description: '評価責任者が確認した理由 / The evaluation lead’s note on why (S001:1119).',
  })
  leadNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: '訓練受講者への説明 / What was explained to the trainee (S001:1127).',
  })
  explanationNote: string | null;
}

@ObjectType('EvaluationGradeCounts', { description: '評価ごとの件数 / How many criteria got each grade.' })
export class GradeCountsModel {
  @Field(() => Int)
  a: number;

  @Field(() => Int)
  b: number;

  @Field(() => Int)
  c: number;

  @Field(() => Int, { description: '評価を行わなかった / Struck.' })
  notEvaluated: number;

  @Field(() => Int, { description: '未評価 / Not rated yet.' })
  unrated: number;
}

@ObjectType('EvaluationRatingCounts', { description: '自己評価と企業評価の件数 / Rating counts.' })
export class RatingCountsModel {
  @Field(() => GradeCountsModel)
  self: GradeCountsModel;

  @Field(() => GradeCountsModel)
  company: GradeCountsModel;
}

@ObjectType('EvaluationFlaggedCriterion', {
  description:
    '評価責任者の確認と詳しい説明が必要な基準 (自己評価と企業評価が異なる、C評価など) / A criterion needing review.',
})
export class FlaggedCriterionModel {
  @Field()
  key: string;

  @Field({ description: '表示名 (Ⅲ(2)「打ち抜き加工」(5)) / As a user reads it.' })
  label: string;

  @Field(() => [FlagReasonEnum])
  reasons: FlagReason[];

  @Field({ description: '評価責任者の確認の記録がある / The lead’s note is there.' })
  hasLeadNote: boolean;

  @Field({ description: '説明の記録がある / The explanation note is there.' })
  hasExplanationNote: boolean;
}

@ObjectType('EvaluationSheetEvaluation', {
  description: '評価シートによる評価 (目標の提示・中間評価・修了評価) / One evaluation of a sheet.',
})
export class EvaluationModel {
  @Field(() => EvaluationMomentEnum)
  moment: EvaluationMoment;

  @Field({ description: '評価の日 (YYYY-MM-DD) / The evaluation’s day.' })
  date: string;

  @Field(() => EvaluationStateEnum)
  state: EvaluationState;

  @Field(() => String, { nullable: true, description: '評価担当者 / Evaluator.' })
  evaluatorName: string | null;

  @Field(() => String, { nullable: true, description: '評価責任者 / Evaluation lead.' })
  leadName: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '記録したフォローアップ (STEP6) / The follow-up it was recorded at.',
  })
  followUpId: string | null;

  @Field(() => [CriterionRatingModel], {
    description: '基準ごとの評価 (記録のある行) / Ratings by criterion.',
  })
  ratings: CriterionRatingModel[];

  @Field(() => RatingCountsModel)
  ratingCounts: RatingCountsModel;

  @Field(() => [FlaggedCriterionModel])
  flaggedCriteria: FlaggedCriterionModel[];

  @Field(() => [RuleFindingModel], { description: 'この評価への指摘 / Findings on this evaluation.' })
  findings: RuleFindingModel[];
}
