import { Field, ObjectType } from '@nestjs/graphql';
import type { JsicMajorGroupEntity } from './jsic-major-group.entity';
import type { PrefectureEntity } from './prefecture.entity';

@ObjectType('Prefecture', { description: '都道府県 (JIS X 0401) / Prefecture.' })
export class PrefectureModel {
  @Field({ description: 'JIS X 0401 の2桁コード (01〜47) / Two-digit JIS code.' })
  code: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;

  @Field({ description: '地方 (東北、関東など) / Region.' })
  regionJa: string;
}

@ObjectType('JsicMajorGroup', { description: '日本標準産業分類の大分類 (A〜T) / JSIC major group.' })
export class JsicMajorGroupModel {
  @Field()
  code: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;
}

export function toPrefectureModel(entity: PrefectureEntity): PrefectureModel {
  return { code: entity.code, nameJa: entity.nameJa, nameEn: entity.nameEn, regionJa: entity.regionJa };
}

export function toJsicMajorGroupModel(entity: JsicMajorGroupEntity): JsicMajorGroupModel {
  return { code: entity.code, nameJa: entity.nameJa, nameEn: entity.nameEn };
}
