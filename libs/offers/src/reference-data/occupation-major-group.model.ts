import { Field, ObjectType } from '@nestjs/graphql';
import type { OccupationMajorGroupEntity } from './occupation-major-group.entity';

@ObjectType('OccupationMajorGroup', {
  description: '日本標準職業分類の大分類 (A〜L) / Japan Standard Occupational Classification, major group.',
})
export class OccupationMajorGroupModel {
  @Field()
  code: string;

  @Field()
  nameJa: string;

  @Field()
  nameEn: string;
}

export function toOccupationMajorGroupModel(entity: OccupationMajorGroupEntity): OccupationMajorGroupModel {
  return { code: entity.code, nameJa: entity.nameJa, nameEn: entity.nameEn };
}
