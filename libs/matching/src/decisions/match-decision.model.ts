import { ConnectionType, registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchExplanationModel, toExplanationModel } from '../matches/match.models';
import {
  DISMISSAL_REASON_LABELS,
  DismissalReason,
  MATCH_DECISION_KIND_LABELS,
  MatchDecisionKind,
  SUGGESTION_SOURCE_LABELS,
  SuggestionSource,
  type MatchDecisionEntity,
} from './match-decision.entity';

registerLabelledEnum(MatchDecisionKind, {
  name: 'MatchDecisionKind',
  description: '候補への判断 / A consultant’s decision on a suggested pair.',
  labels: MATCH_DECISION_KIND_LABELS,
  descriptions: { DISMISSED: '今後は提案しません', TAKEN_UP: 'この組み合わせから案件を作成できます' },
});

registerLabelledEnum(DismissalReason, {
  name: 'MatchDismissalReason',
  description: '除外の理由 / Why a suggestion was dismissed.',
  labels: DISMISSAL_REASON_LABELS,
});

registerLabelledEnum(SuggestionSource, {
  name: 'MatchSuggestionSource',
  description: '提案の出どころ / Where the suggestion came from.',
  labels: SUGGESTION_SOURCE_LABELS,
  descriptions: { ON_DEMAND: 'コンサルタントが検索した候補', BATCH: '一括マッチングの提案' },
});

@ObjectType('MatchDecision', {
  description:
    '候補の組み合わせに対する判断 (誰が・いつ・何を) / Who decided what on a suggested pair, and when.',
})
export class MatchDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => MatchDecisionKind)
  decision: MatchDecisionKind;

  @Field(() => DismissalReason, { nullable: true })
  reasonCode: DismissalReason | null;

  @Field(() => String, { nullable: true, description: '除外理由の表示名 / The reason’s label.' })
  reasonLabel: string | null;

  @Field(() => String, { nullable: true, description: '理由・メモ / Reason or note.' })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: '提案人数 (採用時) / People proposed (take-up).' })
  people: number | null;

  @Field(() => MatchExplanationModel, {
    description: '判断した時点のスコアと理由 / The score and reasons as seen when deciding.',
  })
  explanation: MatchExplanationModel;

  @Field(() => SuggestionSource)
  source: SuggestionSource;

  @Field(() => ID, { nullable: true })
  assignmentRunId: string | null;

  @Field(() => ID, { description: '判断した利用者 / Who decided.' })
  decidedByUserId: string;

  @Field(() => GraphQLISODateTime)
  decidedAt: Date;
}

export const MatchDecisionConnection = ConnectionType(MatchDecisionModel, 'MatchDecision');

export function toMatchDecisionModel(row: MatchDecisionEntity): MatchDecisionModel {
  return {
    id: row.id,
    sendingOfferId: row.sendingOfferId,
    receivingOfferId: row.receivingOfferId,
    decision: row.decision,
    reasonCode: row.reasonCode,
    reasonLabel: row.reasonCode ? DISMISSAL_REASON_LABELS[row.reasonCode] : null,
    reason: row.reason,
    people: row.people,
    explanation: toExplanationModel(row.explanation),
    source: row.source,
    assignmentRunId: row.assignmentRunId,
    decidedByUserId: row.decidedByUserId,
    decidedAt: row.decidedAt,
  };
}
