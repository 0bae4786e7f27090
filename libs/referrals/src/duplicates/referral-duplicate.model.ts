import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { DuplicateMatch } from '../referral-graphql-enums';
import type { ReferralDuplicateEntity } from './referral-duplicate.entity';

@ObjectType('ReferralDuplicate', {
  description: '提出時に見つかった重複候補 (センターのみ) / A possible duplicate found at submission.',
})
export class ReferralDuplicateModel {
  @Field(() => ID)
  id: string;

  @Field(() => DuplicateMatch)
  matchedBy: DuplicateMatch;

  @Field(() => ID, { nullable: true, description: '他の紹介 / Another referral.' })
  duplicateReferralId: string | null;

  @Field(() => ID, { nullable: true, description: '送出情報 / A sending offer.' })
  duplicateSendingOfferId: string | null;

  @Field(() => ID, { nullable: true, description: '受入情報 / A receiving offer.' })
  duplicateReceivingOfferId: string | null;

  @Field(() => GraphQLISODateTime)
  foundAt: Date;
}

export function toReferralDuplicateModel(entity: ReferralDuplicateEntity): ReferralDuplicateModel {
  return {
    id: entity.id,
    matchedBy: entity.matchedBy,
    duplicateReferralId: entity.duplicateReferralId,
    duplicateSendingOfferId: entity.duplicateSendingOfferId,
    duplicateReceivingOfferId: entity.duplicateReceivingOfferId,
    foundAt: entity.foundAt,
  };
}
