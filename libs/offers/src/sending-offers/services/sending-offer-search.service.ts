import type { Connection } from '@kakehashi/graphql-core';
import { CompanyEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { MoveType, MoveTypeWanted } from '../../shared/offer-enums';
import {
  applyCommonOfferFilter,
  offerPage,
  prefectureParam,
  type OfferFilter,
  type OfferPage,
} from '../../shared/offer-list';
import { SendingOfferEntity } from '../sending-offer.entity';

/** Lists sending information page by page, newest received first. */
@Injectable()
export class SendingOfferSearchService {
  constructor(
    @InjectRepository(SendingOfferEntity) private readonly offers: Repository<SendingOfferEntity>,
  ) {}

  async findById(id: string): Promise<SendingOfferEntity | null> {
    return isUUID(id) ? this.offers.findOneBy({ id }) : null;
  }

  async list(filter: OfferFilter, page: OfferPage): Promise<Connection<SendingOfferEntity>> {
    const qb = this.offers.createQueryBuilder('o');
    if (filter.prefectureCode || filter.jsicMajorCode) qb.innerJoin(CompanyEntity, 'c', 'c.id = o.companyId');
    applyCommonOfferFilter(qb, filter);
    // Where the people are: the sending company's prefecture.
    if (filter.prefectureCode)
      qb.andWhere('c.prefectureCode = :prefectureCode', {
        prefectureCode: prefectureParam(filter.prefectureCode),
      });
    if (filter.moveType) {
      // A company open to either kind wants this one too.
      const wanted =
        filter.moveType === MoveType.SECONDMENT ? MoveTypeWanted.SECONDMENT : MoveTypeWanted.TRANSFER;
      qb.andWhere('o.moveType IN (:...moveTypes)', { moveTypes: [wanted, MoveTypeWanted.EITHER] });
    }
    return offerPage(qb, page);
  }
}
