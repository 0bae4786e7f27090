import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { REFERRAL_STATUS_LABELS } from '../referral-enums';
import type { Role } from '@kakehashi/authz';
import type { ReferralEventEntity } from '../entities/referral-event.entity';
import { ReferralAction, ReferralStatus } from './referral-graphql-enums';

export const REFERRAL_ACTION_LABELS: Record<ReferralAction, string> = {
  [ReferralAction.CREATED]: '作成',
  [ReferralAction.UPDATED]: '修正',
  [ReferralAction.SUBMITTED]: '提出',
  [ReferralAction.FORWARDED]: 'センターへ送付',
  [ReferralAction.AUTO_FORWARDED]: 'センターへ自動送付',
  [ReferralAction.ACCEPTED]: 'センター受付',
  [ReferralAction.RETURNED]: '差戻し',
  [ReferralAction.ASSIGNED]: '担当事務所決定',
  [ReferralAction.CONVERTED]: '対応開始',
  [ReferralAction.OUTCOME_REPORTED]: '結果報告',
  [ReferralAction.WITHDRAWN]: '取下げ',
  [ReferralAction.IMPORTED]: '一括登録',
};

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
