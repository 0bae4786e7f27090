import { OFFER_STATUS_LABELS, type OfferStatus } from '@kakehashi/offers';
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DuplicateCounterpart } from './duplicates.queries';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '../referral-enums';

export enum DuplicateCounterpartKind {
  REFERRAL = 'REFERRAL',
  SENDING_OFFER = 'SENDING_OFFER',
  RECEIVING_OFFER = 'RECEIVING_OFFER',
}

registerLabelledEnum(DuplicateCounterpartKind, {
  name: 'DuplicateCounterpartKind',
  description: '重複候補の種類 / What the duplicate matched: a referral, a sending or a receiving offer.',
  labels: {
    [DuplicateCounterpartKind.REFERRAL]: '紹介',
    [DuplicateCounterpartKind.SENDING_OFFER]: '送出情報',
    [DuplicateCounterpartKind.RECEIVING_OFFER]: '受入情報',
  },
});

@ObjectType('DuplicateCounterpart', {
  description:
    '重複候補の相手 (センターのみ)。未送付の紹介は提携機関名と状態だけ / What a duplicate matched, side by side.',
})
export class DuplicateCounterpartModel {
  @Field(() => DuplicateCounterpartKind)
  kind: DuplicateCounterpartKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'センターが開ける (送付済みの紹介・求人情報) / The Center may open it.' })
  viewable: boolean;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field(() => String, { nullable: true })
  corporateNumber: string | null;

  @Field(() => String, { nullable: true })
  prefectureCode: string | null;

  @Field(() => String, { nullable: true, description: '紹介元の提携機関 / Referring institution.' })
  institutionName: string | null;

  @Field({ description: '状態の表示名 / Status label.' })
  statusLabel: string;

  @Field(() => String, { nullable: true, description: '職種 / Occupations or job title.' })
  detail: string | null;
}

export function toDuplicateCounterpartModel(row: DuplicateCounterpart): DuplicateCounterpartModel {
  const statusLabel =
    row.kind === 'REFERRAL'
      ? REFERRAL_STATUS_LABELS[row.status as ReferralStatus]
      : OFFER_STATUS_LABELS[row.status as OfferStatus];
  return { ...row, kind: DuplicateCounterpartKind[row.kind], statusLabel: statusLabel ?? '' };
}
