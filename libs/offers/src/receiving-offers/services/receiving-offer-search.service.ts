import type { Connection } from '@kakehashi/graphql-core';
import { CompanyEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { MoveType } from '../../shared/offer-enums';
import {
  applyCommonOfferFilter,
  offerPage,
  prefectureParam,
  type OfferFilter,
  type OfferPage,
} from '../../shared/offer-list';
import { ReceivingOfferEntity } from '../receiving-offer.entity';

/** Lists receiving information page by page, newest received first. */
@Injectable()
export class ReceivingOfferSearchService {
  constructor(
    @InjectRepository(ReceivingOfferEntity) private readonly offers: Repository<ReceivingOfferEntity>,
  ) {}

  async findById(id: string): Promise<ReceivingOfferEntity | null> {
    return isUUID(id) ? this.offers.findOneBy({ id }) : null;
  }

  async list(filter: OfferFilter, page: OfferPage): Promise<Connection<ReceivingOfferEntity>> {
    const qb = this.offers.createQueryBuilder('o');
    if (filter.jsicMajorCode) qb.innerJoin(CompanyEntity, 'c', 'c.id = o.companyId');
    applyCommonOfferFilter(qb, filter);
    // Where the people would work.
    if (filter.prefectureCode) {
      qb.andWhere('o.workplacePrefectureCode = :prefectureCode', {
        prefectureCode: prefectureParam(filter.prefectureCode),
      });
    }
    if (filter.moveType === MoveType.SECONDMENT) qb.andWhere('o.acceptsSecondment');
    if (filter.moveType === MoveType.TRANSFER) qb.andWhere('o.acceptsTransfer');
    return offerPage(qb, page);
  }
}
