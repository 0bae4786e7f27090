import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { VERSION_DESCRIPTION } from '../institutions/partner-institution.model';
import { AgreementCounterpart, AgreementStatus, PartnerType } from '../partner-graphql-enums';
import type { PartnerAgreementEntity } from './partner-agreement.entity';

@ObjectType('PartnerAgreement', {
  description:
    '連携協定 (締結日から終了日の前日まで有効) / A partnership agreement, in force from signedOn until the day before endedOn.',
})
export class PartnerAgreementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  institutionId: string;

  @Field({ description: '締結日 (YYYY-MM-DD) / Signing date.' })
  signedOn: string;

  @Field(() => AgreementCounterpart)
  counterpart: AgreementCounterpart;

  @Field(() => ID, {
    nullable: true,
    description: '締結した地方事務所のID (本部との協定は null) / Regional office; null for headquarters.',
  })
  officeId: string | null;

  @Field(() => AgreementStatus)
  status: AgreementStatus;

  @Field(() => String, {
    nullable: true,
    description: '終了日 (この日から効力なし、YYYY-MM-DD) / First day no longer in force.',
  })
  endedOn: string | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('PartnerAgreementTypeCount', {
  description: '種別ごとの有効な協定数 / Agreements in force of one type.',
})
export class PartnerAgreementTypeCountModel {
  @Field(() => PartnerType)
  type: PartnerType;

  @Field({ description: '種別の表示名 / The type’s Japanese label.' })
  typeLabel: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('PartnerAgreementCounts', {
  description:
    '基準日に有効な連携協定の数 (連携協定の締結状況) / Agreements in force on a date, by partner type.',
})
export class PartnerAgreementCountsModel {
  @Field({ description: '基準日 (YYYY-MM-DD) / The date counted.' })
  asOf: string;

  @Field(() => [PartnerAgreementTypeCountModel], {
    description:
      '種別ごと (金融機関・経済団体・労働組合・行政機関の順、0件も含む) / Every type, in the published order.',
  })
  byType: PartnerAgreementTypeCountModel[];

  @Field(() => Int, { description: '合計 / Total.' })
  total: number;
}

export function toAgreementModel(entity: PartnerAgreementEntity): PartnerAgreementModel {
  return {
    id: entity.id,
    institutionId: entity.institutionId,
    signedOn: entity.signedOn,
    counterpart: entity.counterpart,
    officeId: entity.officeId,
    status: entity.status,
    endedOn: entity.endedOn,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
