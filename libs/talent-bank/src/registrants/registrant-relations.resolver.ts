import { byKeys, type RequestLoaders } from '@kakehashi/graphql-core';
import {
  companyLoader,
  occupationLoader,
  OccupationMajorGroupEntity,
  OccupationMajorGroupModel,
} from '@kakehashi/offers';
import {
  CompanyEntity,
  CompanyModel,
  officeLoader,
  OfficeEntity,
  OfficeModel,
  prefectureLoader,
  PrefectureEntity,
  PrefectureModel,
} from '@kakehashi/organisations';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { ReemploymentEntity } from './reemployment.entity';
import { RegistrantModel, ReemploymentModel, WishesModel } from './registrant.model';

export function toReemploymentModel(e: ReemploymentEntity): ReemploymentModel {
  return {
    id: e.id,
    registrantId: e.registrantId,
    reemployedOn: e.reemployedOn,
    employerCompanyId: e.employerCompanyId,
    receivingOfferId: e.receivingOfferId,
    jobTitle: e.jobTitle,
    occupationCode: e.occupationCode,
    employmentType: e.employmentType,
    wageBand: e.wageBand,
    officeId: e.officeId,
    recordedAt: e.recordedAt,
  };
}

function reemploymentLoader(loaders: RequestLoaders, reemployments: Repository<ReemploymentEntity>) {
  return loaders.get<string, ReemploymentModel | null>('talentBank.reemploymentByRegistrant', async (ids) => {
    const rows = await reemployments.findBy({ registrantId: In([...ids]) });
    return byKeys(ids, rows.map(toReemploymentModel), (row) => row.registrantId);
  });
}

@Resolver(() => RegistrantModel)
export class RegistrantRelationsResolver {
  constructor(
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
    @InjectRepository(ReemploymentEntity) private readonly reemployments: Repository<ReemploymentEntity>,
  ) {}

  @ResolveField(() => OfficeModel)
  async office(
    @Parent() r: RegistrantModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> {
    return officeLoader(loaders, this.offices).load(r.officeId);
  }

  @ResolveField(() => PrefectureModel)
  async prefecture(
    @Parent() r: RegistrantModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel | null> {
    return prefectureLoader(loaders, this.prefectures).load(r.prefectureCode);
  }

  @ResolveField(() => ReemploymentModel, { nullable: true })
  async reemployment(
    @Parent() r: RegistrantModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ReemploymentModel | null> {
    return reemploymentLoader(loaders, this.reemployments).load(r.id);
  }
}

@Resolver(() => WishesModel)
export class WishesRelationsResolver {
  constructor(
    @InjectRepository(OccupationMajorGroupEntity)
    private readonly groups: Repository<OccupationMajorGroupEntity>,
  ) {}

  @ResolveField(() => [OccupationMajorGroupModel])
  async occupations(
    @Parent() w: WishesModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OccupationMajorGroupModel[]> {
    const found = await occupationLoader(loaders, this.groups).loadMany(w.occupationCodes);
    return found.filter((o): o is OccupationMajorGroupModel => o !== null && !(o instanceof Error));
  }
}

@Resolver(() => ReemploymentModel)
export class ReemploymentRelationsResolver {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectRepository(OccupationMajorGroupEntity)
    private readonly occupations: Repository<OccupationMajorGroupEntity>,
  ) {}

  @ResolveField(() => CompanyModel)
  async employer(
    @Parent() r: ReemploymentModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CompanyModel | null> {
    return companyLoader(loaders, this.companies).load(r.employerCompanyId);
  }

  @ResolveField(() => OccupationMajorGroupModel)
  async occupation(
    @Parent() r: ReemploymentModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OccupationMajorGroupModel | null> {
    return occupationLoader(loaders, this.occupations).load(r.occupationCode);
  }
}
