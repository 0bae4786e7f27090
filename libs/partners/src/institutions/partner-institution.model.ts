import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PARTNER_TYPE_LABELS } from '../partner-enums';
import { PartnerType } from '../partner-graphql-enums';
import type { PartnerInstitutionEntity } from './partner-institution.entity';

export const VERSION_DESCRIPTION =
  '編集時に expectedVersion として送る値 / Send as expectedVersion when editing.';

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
