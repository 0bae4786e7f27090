import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FACTOR_LABELS, FactorKey } from '../engine/factor-weights';
import type { MatchExplanation } from '../engine/match-explanation';

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
}

@ObjectType('MatchExplanation', { description: 'スコアの内訳と理由 / Why a pair scores what it does.' })
export class MatchExplanationModel {
  @Field(() => Float)
  score: number;

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
  return {
    score: explanation.score,
    factors: explanation.factors.map((f) => ({ ...f, label: FACTOR_LABELS[f.factor] })),
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
}

@ObjectType('ReceivingOfferMatch', {
  description: '送出情報に対する受入情報の候補 / A receiving offer ranked for a sending offer.',
})
export class ReceivingOfferMatchModel extends MatchBase {
  @Field(() => ID)
  receivingOfferId: string;
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
