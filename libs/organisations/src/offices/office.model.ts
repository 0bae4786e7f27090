import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PrefectureModel } from '../reference-data/reference-data.models';
import { OFFICE_KIND_LABELS, OfficeKind, type OfficeEntity } from './office.entity';

registerLabelledEnum(OfficeKind, {
  name: 'OfficeKind',
  description: '本部 (HEADQUARTERS) または地方事務所 (REGIONAL) / Headquarters or regional office.',
  labels: OFFICE_KIND_LABELS,
});

@ObjectType('Office', {
  description: 'センターの本部・地方事務所 / The Center’s headquarters or a regional office.',
})
export class OfficeModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '本部は HQ、地方事務所は都道府県コード (01〜47) / HQ or the JIS prefecture code.' })
  code: string;

  @Field(() => OfficeKind)
  kind: OfficeKind;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  /** Resolved by OfficeResolver through the per-request prefecture loader; null for headquarters. */
  @Field(() => PrefectureModel, { nullable: true })
  prefecture?: PrefectureModel | null;

  /** Not a GraphQL field: the key the `prefecture` field resolves from. */
  prefectureCode: string | null;

  @Field(() => String, { nullable: true, description: '地方 (本部は null) / Region; null for headquarters.' })
  regionJa: string | null;
}

export function toOfficeModel(entity: OfficeEntity): OfficeModel {
  return {
    id: entity.id,
    code: entity.code,
    kind: entity.kind,
    nameJa: entity.nameJa,
    nameEn: entity.nameEn,
    prefectureCode: entity.prefectureCode,
    regionJa: entity.regionJa,
  };
}
