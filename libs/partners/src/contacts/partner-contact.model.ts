import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { VERSION_DESCRIPTION } from '../institutions/partner-institution.model';
import type { PartnerContactEntity } from './partner-contact.entity';

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
