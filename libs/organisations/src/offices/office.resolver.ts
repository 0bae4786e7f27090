import { Roles } from '@kakehashi/authz';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OFFICE_READERS } from '../organisations-roles';
import { PrefectureEntity } from '../reference-data/prefecture.entity';
import { prefectureLoader } from '../reference-data/reference-data.loaders';
import { PrefectureModel } from '../reference-data/reference-data.models';
import { OfficeEntity, OfficeKind } from './office.entity';
import { OfficeModel, toOfficeModel } from './office.model';

@Resolver(() => OfficeModel)
export class OfficeResolver {
  constructor(
    @InjectRepository(OfficeEntity) private readonly officeRepository: Repository<OfficeEntity>,
    @InjectRepository(PrefectureEntity) private readonly prefectureRepository: Repository<PrefectureEntity>,
  ) {}

  @Query(() => [OfficeModel], {
    description: '本部と47の地方事務所 (本部、JISコード順) / HQ then regional offices by code.',
  })
  @Roles(...OFFICE_READERS)
  async offices(): Promise<OfficeModel[]> {
    const rows = await this.officeRepository
      .createQueryBuilder('o')
      .orderBy(`CASE WHEN o.kind = '${OfficeKind.HEADQUARTERS}' THEN 0 ELSE 1 END`)
      .addOrderBy('o.code')
      .getMany();
    return rows.map(toOfficeModel);
  }

  @Query(() => OfficeModel, {
    nullable: true,
    description: 'コード (HQ または 01〜47) で事務所を取得 / An office by code.',
  })
  @Roles(...OFFICE_READERS)
  async office(@Args('code') code: string): Promise<OfficeModel | null> {
    const row = await this.officeRepository.findOneBy({ code: code.normalize('NFKC').trim().toUpperCase() });
    return row ? toOfficeModel(row) : null;
  }

  @ResolveField(() => PrefectureModel, { nullable: true })
  async prefecture(
    @Parent() office: OfficeModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel | null> {
    if (!office.prefectureCode) return null;
    return prefectureLoader(loaders, this.prefectureRepository).load(office.prefectureCode);
  }
}
