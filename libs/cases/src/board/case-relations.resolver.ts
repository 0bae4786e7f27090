import type { RequestLoaders } from '@kakehashi/graphql-core';
import { UserEntity } from '@kakehashi/identity';
import {
  companyLoader,
  ReceivingOfferEntity,
  ReceivingOfferModel,
  receivingOfferLoader,
  SendingOfferEntity,
  SendingOfferModel,
  sendingOfferLoader,
} from '@kakehashi/offers';
import { CompanyEntity, CompanyModel, OfficeLoaderFactory, OfficeModel } from '@kakehashi/organisations';
import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CaseModel, CaseSummaryModel } from '../cases/case.model';
import { CaseConsultantModel, consultantLoader } from './case-consultant.loader';

/**
 * The relations every case type has (offers, offices, consultants), through per-request loaders: a board of any size
 * costs one query per table. GraphQL field resolvers belong to one type, so the summary and the full case each get a
 * class made here. A summary's companies come with it (CaseCompaniesService); the full case's are resolved below.
 */
export function CaseRelationsResolver<T extends CaseSummaryModel>(model: Type<T>) {
  @Resolver(() => model)
  class CaseRelationsFields {
    constructor(
      readonly officeLoaders: OfficeLoaderFactory,
      @InjectRepository(SendingOfferEntity) readonly sendingOffers: Repository<SendingOfferEntity>,
      @InjectRepository(ReceivingOfferEntity) readonly receivingOffers: Repository<ReceivingOfferEntity>,
      @InjectRepository(UserEntity) readonly users: Repository<UserEntity>,
    ) {}

    @ResolveField(() => SendingOfferModel, { description: '送出情報 / The sending offer.' })
    sendingOffer(
      @Parent() c: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<SendingOfferModel | null> {
      return sendingOfferLoader(loaders, this.sendingOffers).load(c.sendingOfferId);
    }

    @ResolveField(() => ReceivingOfferModel, { description: '受入情報 / The receiving offer.' })
    receivingOffer(
      @Parent() c: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<ReceivingOfferModel | null> {
      return receivingOfferLoader(loaders, this.receivingOffers).load(c.receivingOfferId);
    }

    @ResolveField(() => OfficeModel, { description: '送出側の担当事務所 / The sending side’s office.' })
    sendingOffice(@Parent() c: T, @Context('loaders') loaders: RequestLoaders): Promise<OfficeModel | null> {
      return this.officeLoaders.forRequest(loaders).load(c.sendingOfficeId);
    }

    @ResolveField(() => OfficeModel, { description: '受入側の担当事務所 / The receiving side’s office.' })
    receivingOffice(
      @Parent() c: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<OfficeModel | null> {
      return this.officeLoaders.forRequest(loaders).load(c.receivingOfficeId);
    }

    @ResolveField(() => CaseConsultantModel, {
      nullable: true,
      description: '送出側の担当コンサルタント / The sending side’s consultant.',
    })
    async sendingConsultant(
      @Parent() c: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<CaseConsultantModel | null> {
      return c.sendingConsultantId ? consultantLoader(loaders, this.users).load(c.sendingConsultantId) : null;
    }

    @ResolveField(() => CaseConsultantModel, {
      nullable: true,
      description: '受入側の担当コンサルタント / The receiving side’s consultant.',
    })
    async receivingConsultant(
      @Parent() c: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<CaseConsultantModel | null> {
      return c.receivingConsultantId
        ? consultantLoader(loaders, this.users).load(c.receivingConsultantId)
        : null;
    }
  }
  return CaseRelationsFields;
}

/** The relations of a case as the board and lists show it. */
export class CaseSummaryRelationsResolver extends CaseRelationsResolver(CaseSummaryModel) {}

/** The same relations on the full case. */
export class CaseDetailRelationsResolver extends CaseRelationsResolver(CaseModel) {}

/** The full case's companies, through its offers (one query per table whatever the number of cases). */
@Resolver(() => CaseModel)
export class CaseDetailCompaniesResolver {
  constructor(
    @InjectRepository(SendingOfferEntity) readonly sendingOffers: Repository<SendingOfferEntity>,
    @InjectRepository(ReceivingOfferEntity) readonly receivingOffers: Repository<ReceivingOfferEntity>,
    @InjectRepository(CompanyEntity) readonly companies: Repository<CompanyEntity>,
  ) {}

  @ResolveField(() => CompanyModel, { description: '送出企業 / The sending company.' })
  async sendingCompany(
    @Parent() c: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CompanyModel | null> {
    const companyId =
      c.sendingCompanyId ??
      (await sendingOfferLoader(loaders, this.sendingOffers).load(c.sendingOfferId))?.companyId;
    return companyId ? companyLoader(loaders, this.companies).load(companyId) : null;
  }

  @ResolveField(() => CompanyModel, { description: '受入企業 / The receiving company.' })
  async receivingCompany(
    @Parent() c: CaseModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<CompanyModel | null> {
    const companyId =
      c.receivingCompanyId ??
      (await receivingOfferLoader(loaders, this.receivingOffers).load(c.receivingOfferId))?.companyId;
    return companyId ? companyLoader(loaders, this.companies).load(companyId) : null;
  }
}
