import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { REFERRAL_ACTION_LABELS, REFERRAL_STATUS_LABELS } from '../referral-enums';
import type { Role } from '@kakehashi/authz';
import type { ReferralEventEntity } from './referral-event.entity';
import { ReferralAction, ReferralStatus } from '../referral-graphql-enums';

/** One step of a referral's history. Who did it (`actorName`) depends on who is looking: see its resolver. */
@ObjectType('ReferralEvent', { description: '紹介の履歴 / One step of a referral’s history.' })
export class ReferralEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReferralAction)
  action: ReferralAction;

  @Field()
  actionLabel: string;

  @Field(() => ReferralStatus, { nullable: true })
  fromStatus: ReferralStatus | null;

  @Field(() => ReferralStatus)
  toStatus: ReferralStatus;

  @Field()
  toStatusLabel: string;

  @Field(() => String, { nullable: true, description: '理由・補足 / Reason or comment.' })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  actorUserId: string | null;
  actorRole: Role | null;
}

export function toReferralEventModel(entity: ReferralEventEntity): ReferralEventModel {
  return {
    id: entity.id,
    action: entity.action,
    actionLabel: REFERRAL_ACTION_LABELS[entity.action],
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    toStatusLabel: REFERRAL_STATUS_LABELS[entity.toStatus],
    reason: entity.reason,
    occurredAt: entity.occurredAt,
    actorUserId: entity.actorUserId,
    actorRole: entity.actorRole,
  };
}
