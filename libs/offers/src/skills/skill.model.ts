import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillCategory } from '../shared/offer-graphql-enums';
import type { SkillEntity } from './skill.entity';

@ObjectType('Skill', {
  description:
    'スキル・免許・資格の辞書項目 / An entry of the skills, licences and qualifications dictionary.',
})
export class SkillModel {
  @Field(() => ID)
  id: string;

  @Field({ description: '名称 (正式名称) / Name (the legal or official name).' })
  name: string;

  @Field({ description: '読み (カタカナ) / Reading in katakana.' })
  reading: string;

  @Field(() => SkillCategory)
  category: SkillCategory;

  @Field(() => [String], { description: '別名・略称 / Synonyms and abbreviations.' })
  synonyms: string[];

  @Field(() => [String], {
    description: 'この項目の保有者が満たす他の項目の名称 / Names of the entries this one implies.',
  })
  implies: string[];

  @Field({ description: '照合キー (変わりません) / The key offers store; never changes.' })
  matchKey: string;

  @Field({
    description: '有効 (無効な項目は入力の照合に使いません) / Active; inactive entries do not resolve.',
  })
  active: boolean;

  @Field(() => Int, {
    description: '編集時に expectedVersion として送る値 / Send as expectedVersion when editing.',
  })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

export const SkillConnection = ConnectionType(SkillModel, 'Skill');

export function toSkillModel(entity: SkillEntity): SkillModel {
  return {
    id: entity.id,
    name: entity.name,
    reading: entity.reading,
    category: entity.category,
    synonyms: entity.synonyms,
    implies: entity.implies,
    matchKey: entity.matchKey,
    active: entity.active,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
