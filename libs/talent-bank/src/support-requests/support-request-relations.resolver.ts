import type { RequestLoaders } from '@kakehashi/graphql-core';
import { companyLoader } from '@kakehashi/offers';
import {
  CompanyEntity,
  CompanyModel,
  officeLoader,
  OfficeEntity,
  OfficeModel,
} from '@kakehashi/organisations';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SupportRequestModel } from './support-request.model';

@Resolver(() => SupportRequestModel)
export class SupportRequestRelationsResolver {
  constructor(
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  @ResolveField(() => CompanyModel)
  async company(
    @Parent() s: SupportRequestModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CompanyModel | null> {
    return companyLoader(loaders, this.companies).load(s.companyId);
  }

  @ResolveField(() => OfficeModel)
  async office(
    @Parent() s: SupportRequestModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<OfficeModel | null> {
    return officeLoader(loaders, this.offices).load(s.officeId);
  }
}
