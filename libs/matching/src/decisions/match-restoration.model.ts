import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { MatchDecisionEntity } from './match-decision.entity';
import { MatchDecisionModel, toMatchDecisionModel } from './match-decision.model';

/** What undoing a dismissal leaves: the pair no longer dismissed (suggested again), and the dismissal undone. */
export interface MatchRestoration {
  sendingOfferId: string;
  receivingOfferId: string;
  dismissed: boolean;
  undoneDismissal: MatchDecisionEntity;
  restoredByUserId: string;
  restoredAt: Date;
}

@ObjectType('MatchRestoration', {
  description:
    '除外の取り消し結果 (組み合わせの現在の状態と取り消した除外) / The pair after a dismissal was undone.',
})
export class MatchRestorationModel {
  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => ID)
  receivingOfferId: string;

  @Field({
    description:
      '除外中か (取り消し後は false: 再び提案される) / Whether the pair is dismissed now; false once restored.',
  })
  dismissed: boolean;

  @Field(() => MatchDecisionModel, {
    description: '取り消した除外 (除外した時点の記録) / The dismissal that was undone, as recorded.',
  })
  undoneDismissal: MatchDecisionModel;

  @Field(() => ID, { description: '取り消した利用者 / Who restored the pair.' })
  restoredByUserId: string;

  @Field(() => GraphQLISODateTime)
  restoredAt: Date;
}

export function toMatchRestorationModel(restoration: MatchRestoration): MatchRestorationModel {
  return { ...restoration, undoneDismissal: toMatchDecisionModel(restoration.undoneDismissal) };
}
