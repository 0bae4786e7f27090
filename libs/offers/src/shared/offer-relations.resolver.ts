import type { RequestLoaders } from '@kakehashi/graphql-core';
import { CompanyEntity, CompanyModel, OfficeLoaderFactory, OfficeModel } from '@kakehashi/organisations';
import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OccupationMajorGroupEntity } from '../reference-data/occupation-major-group.entity';
import { OccupationMajorGroupModel } from '../reference-data/occupation-major-group.model';
import { occupationLoader } from '../reference-data/occupation.loader';
import { companyLoader } from './company.loader';

interface OfferRelations {
  companyId: string;
  owningOfficeId: string;
  occupationCode: string;
}

/**
 * The relations both kinds of offer have (company, owning office, occupation), through per-request loaders. The
 * fields belong to the GraphQL type, so every query returning an offer (matching's too) gets them.
 */
export function OfferRelationsResolver<T extends OfferRelations>(model: Type<T>) {
  @Resolver(() => model)
  class OfferRelationsFields {
    constructor(
      readonly officeLoaders: OfficeLoaderFactory,
      @InjectRepository(CompanyEntity) readonly companies: Repository<CompanyEntity>,
      @InjectRepository(OccupationMajorGroupEntity)
      readonly occupations: Repository<OccupationMajorGroupEntity>,
    ) {}

    @ResolveField(() => CompanyModel)
    async company(
      @Parent() offer: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<CompanyModel | null> {
      return companyLoader(loaders, this.companies).load(offer.companyId);
    }

    @ResolveField(() => OfficeModel)
    async owningOffice(
      @Parent() offer: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<OfficeModel | null> {
      return this.officeLoaders.forRequest(loaders).load(offer.owningOfficeId);
    }

    @ResolveField(() => OccupationMajorGroupModel)
    async occupation(
      @Parent() offer: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<OccupationMajorGroupModel | null> {
      return occupationLoader(loaders, this.occupations).load(offer.occupationCode);
    }
  }
  return OfferRelationsFields;
}
