import type { RequestLoaders } from '@kakehashi/graphql-core';
import {
  companyLoader,
  ReceivingOfferEntity,
  receivingOfferLoader,
  SendingOfferEntity,
  sendingOfferLoader,
} from '@kakehashi/offers';
import { CompanyEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CaseSummaryModel } from '../cases/case.model';

/**
 * The companies of a set of case summaries (a board, a page of the list, one summary), through the request's loaders:
 * one query for the offers the summaries do not already name the companies of, one for the companies.
 */
@Injectable()
export class CaseCompaniesService {
  constructor(
    @InjectRepository(SendingOfferEntity) private readonly sendingOffers: Repository<SendingOfferEntity>,
    @InjectRepository(ReceivingOfferEntity)
    private readonly receivingOffers: Repository<ReceivingOfferEntity>,
    @InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>,
  ) {}

  async attach<T extends CaseSummaryModel>(summaries: T[], loaders: RequestLoaders): Promise<T[]> {
    const sending = sendingOfferLoader(loaders, this.sendingOffers);
    const receiving = receivingOfferLoader(loaders, this.receivingOffers);
    const ids = await Promise.all(
      summaries.map(async (c) => [
        c.sendingCompanyId ?? (await sending.load(c.sendingOfferId))?.companyId,
        c.receivingCompanyId ?? (await receiving.load(c.receivingOfferId))?.companyId,
      ]),
    );
    const companies = companyLoader(loaders, this.companies);
    const found = await companies.loadMany([...new Set(ids.flat().filter((id): id is string => !!id))]);
    const byId = new Map(
      found.flatMap((company) => (company && !(company instanceof Error) ? [[company.id, company]] : [])),
    );
    summaries.forEach((summary, index) => {
      const [sendingId, receivingId] = ids[index];
      summary.sendingCompany = (sendingId && byId.get(sendingId)) || null;
      summary.receivingCompany = (receivingId && byId.get(receivingId)) || null;
    });
    return summaries;
  }
}
