import { Roles } from '@kakehashi/authz';
import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { REFERENCE_DATA_READERS } from '../offers-roles';
import { OccupationMajorGroupEntity } from './occupation-major-group.entity';
import { OccupationMajorGroupModel, toOccupationMajorGroupModel } from './occupation-major-group.model';

@Resolver()
export class OccupationResolver {
  constructor(
    @InjectRepository(OccupationMajorGroupEntity)
    private readonly groups: Repository<OccupationMajorGroupEntity>,
  ) {}

  @Query(() => [OccupationMajorGroupModel], {
    description: '職業分類の大分類 A〜L / Occupation major groups A..L.',
  })
  @Roles(...REFERENCE_DATA_READERS)
  async occupationMajorGroups(): Promise<OccupationMajorGroupModel[]> {
    const rows = await this.groups.find({ order: { code: 'ASC' } });
    return rows.map(toOccupationMajorGroupModel);
  }
}
