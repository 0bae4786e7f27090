import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PartnerAgreementEntity } from '../entities/partner-agreement.entity';
import type { PartnerBranchEntity } from '../entities/partner-branch.entity';
import type { PartnerContactEntity } from '../entities/partner-contact.entity';
import type { PartnerInstitutionEntity } from '../entities/partner-institution.entity';
import { PARTNER_TYPE_LABELS } from '../partner-enums';
import { AgreementCounterpart, AgreementStatus, PartnerType } from './partner-graphql-enums';

const VERSION_DESCRIPTION = '編集時に expectedVersion として送る値 / Send as expectedVersion when editing.';

@ObjectType('PartnerInstitution', {
  description:
    '関係機関・団体 (金融機関・経済団体・労働組合・行政機関) / A partner institution that refers client companies.',
})
export class PartnerInstitutionModel {
  @Field(() => ID)
  id: string;

  @Field(() => PartnerType)
  type: PartnerType;

  @Field({ description: '種別の表示名 (金融機関など) / The type’s Japanese label.' })
  typeLabel: string;

  @Field({ description: '名称 / Name.' })
  name: string;

  @Field({
    description:
      '本部による取りまとめがあるか (ない機関の紹介はセンターへ自動的に送られます) / Whether the partner’s head office reviews referrals first.',
  })
  hasHqStep: boolean;

  @Field(() => [String], {
    description: '対象都道府県のJISコード (空は地域の限定なし) / Covered prefectures; empty = not limited.',
  })
  coveredPrefectureCodes: string[];

  @Field({ description: '地域の限定がない (全国) / Covers the whole country.' })
  coversWholeCountry: boolean;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const PartnerInstitutionConnection = ConnectionType(PartnerInstitutionModel, 'PartnerInstitution');

@ObjectType('PartnerBranch', { description: '提携機関の支店・支部 / A branch of a partner institution.' })
export class PartnerBranchModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  institutionId: string;

  @Field({ description: '支店名 / Branch name.' })
  name: string;

  @Field({ description: '所在都道府県のJISコード / Prefecture code.' })
  prefectureCode: string;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

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

@ObjectType('PartnerContact', {
  description: '提携機関の担当者 / A contact person at a partner institution.',
})
export class PartnerContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  institutionId: string;

  @Field(() => ID, {
    nullable: true,
    description: '所属支店のID (本部は null) / Branch; null for the head office.',
  })
  branchId: string | null;

  @Field({ description: '氏名 / Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: '部署・役職 / Department and title.' })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'メールアドレス / E-mail.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: '電話番号 / Phone.' })
  phone: string | null;

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

export function toInstitutionModel(entity: PartnerInstitutionEntity): PartnerInstitutionModel {
  return {
    id: entity.id,
    type: entity.type,
    typeLabel: PARTNER_TYPE_LABELS[entity.type],
    name: entity.name,
    hasHqStep: entity.hasHqStep,
    coveredPrefectureCodes: entity.coveredPrefectureCodes,
    coversWholeCountry: entity.coveredPrefectureCodes.length === 0,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toBranchModel(entity: PartnerBranchEntity): PartnerBranchModel {
  return {
    id: entity.id,
    institutionId: entity.institutionId,
    name: entity.name,
    prefectureCode: entity.prefectureCode,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
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

export function toContactModel(entity: PartnerContactEntity): PartnerContactModel {
  return {
    id: entity.id,
    institutionId: entity.institutionId,
    branchId: entity.branchId,
    name: entity.name,
    title: entity.title,
    email: entity.email,
    phone: entity.phone,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
