import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { VERSION_DESCRIPTION } from '../institutions/partner-institution.model';
import type { PartnerBranchEntity } from './partner-branch.entity';

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
