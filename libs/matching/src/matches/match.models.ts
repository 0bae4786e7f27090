import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FACTOR_LABELS, FactorKey } from '../engine/factor-weights';
import type { MatchExplanation } from '../engine/match-explanation';
import { factorPoints, toPoints } from './display-points';

registerLabelledEnum(FactorKey, {
  name: 'MatchFactorKey',
  description: 'マッチングの評価要素 / A factor the matching engine scores.',
  labels: FACTOR_LABELS,
});

@ObjectType('MatchFactor', { description: '評価要素ごとの得点 / How a pair does on one factor.' })
export class MatchFactorModel {
  @Field(() => FactorKey)
  factor: FactorKey;

  @Field({ description: '要素名 (日本語) / Label.' })
  label: string;

  @Field(() => Float, { description: '重み (合計1に正規化) / Normalised weight; weights sum to 1.' })
  weight: number;

  @Field(() => Float, { description: 'この要素の適合度 0〜1 / Fit on this factor, 0..1.' })
  value: number;

  @Field(() => Float, { description: '重み×適合度。合計がスコア / weight × value; they sum to the score.' })
  contribution: number;

  @Field(() => Int, {
    description:
      '表示用の得点 (整数。全要素の合計が scorePoints) / This factor’s part of the score in whole points; they sum to scorePoints.',
  })
  points: number;

  @Field(() => Int, {
    description:
      '表示用の配点 (整数。全要素の合計が100) / The most this factor can give, in whole points; they sum to 100.',
  })
  maxPoints: number;
}

@ObjectType('MatchExplanation', { description: 'スコアの内訳と理由 / Why a pair scores what it does.' })
export class MatchExplanationModel {
  @Field(() => Float, { description: 'スコア 0〜1 (計算用) / The score, 0..1.' })
  score: number;

  @Field(() => Int, {
    description:
      '表示用のスコア (100点満点、四捨五入) / The score in whole points out of 100, rounded for people.',
  })
  scorePoints: number;

  @Field(() => [MatchFactorModel])
  factors: MatchFactorModel[];

  @Field(() => [String], { description: '適合している点 / What fits.' })
  reasons: string[];

  @Field(() => [String], { description: '不足・相違点 / What is missing or short.' })
  gaps: string[];

  @Field(() => [String], { description: '参考情報 (採点対象外) / Information that is not scored.' })
  notes: string[];
}

export function toExplanationModel(explanation: MatchExplanation): MatchExplanationModel {
  const scorePoints = toPoints(explanation.score);
  const points = factorPoints(explanation.factors, scorePoints);
  return {
    score: explanation.score,
    scorePoints,
    // Field by field: 200 objects a ranking, and object spread cost more than the rest of this conversion.
    factors: explanation.factors.map((f, i) => ({
      factor: f.factor,
      label: FACTOR_LABELS[f.factor],
      weight: f.weight,
      value: f.value,
      contribution: f.contribution,
      points: points[i].points,
      maxPoints: points[i].maxPoints,
    })),
    reasons: explanation.reasons,
    gaps: explanation.gaps,
    notes: explanation.notes,
  };
}

@ObjectType({ isAbstract: true })
abstract class MatchBase extends MatchExplanationModel {
  @Field(() => Int, { description: '順位 (1始まり) / Rank, from 1.' })
  rank: number;

  @Field(() => ID, {
    nullable: true,
    description: 'この組み合わせを取り上げた記録 / The take-up of this pair, if any.',
  })
  takenUpDecisionId: string | null;

  @Field({ description: '除外済みの組み合わせか (includeDismissed 指定時のみ true) / Dismissed earlier.' })
  dismissed: boolean;

  @Field(() => [MoveType], {
    description:
      'この組み合わせで可能な形態 (案件の作成時に2つなら選ぶ) / The moves this pair can be; a case needs one of them.',
  })
  moveTypes: MoveType[];
}

@ObjectType('ReceivingOfferMatch', {
  description: '送出情報に対する受入情報の候補 / A receiving offer ranked for a sending offer.',
})
export class ReceivingOfferMatchModel extends MatchBase {
  @Field(() => ID)
  receivingOfferId: string;

  /**
   * The sending offer the item was ranked for, when the ranking knows it (not a field of the type: the list has it),
   * so that fields added by other modules can read the people's side (the Job Card's RETRY menus).
   */
  sendingOfferId?: string;
}

@ObjectType('SendingOfferMatch', {
  description: '受入情報に対する送出情報の候補 / A sending offer ranked for a receiving offer.',
})
export class SendingOfferMatchModel extends MatchBase {
  @Field(() => ID)
  sendingOfferId: string;
}

@ObjectType({ isAbstract: true })
abstract class MatchListBase {
  @Field(() => Int, { description: '検索対象になった相手方の件数 / Open counterparts in the index.' })
  counterpartsIndexed: number;

  @Field(() => Int, {
    description: '実際に全要素を採点した件数 / Counterparts fully scored (the rest were pruned by bounds).',
  })
  counterpartsScored: number;
}

@ObjectType('ReceivingOfferMatches')
export class ReceivingOfferMatchesModel extends MatchListBase {
  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => [ReceivingOfferMatchModel])
  items: ReceivingOfferMatchModel[];
}

@ObjectType('SendingOfferMatches')
export class SendingOfferMatchesModel extends MatchListBase {
  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => [SendingOfferMatchModel])
  items: SendingOfferMatchModel[];
}
