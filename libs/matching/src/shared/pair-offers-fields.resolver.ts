import type { RequestLoaders } from '@kakehashi/graphql-core';
import {
  ReceivingOfferEntity,
  ReceivingOfferModel,
  receivingOfferLoader,
  SendingOfferEntity,
  SendingOfferModel,
  sendingOfferLoader,
} from '@kakehashi/offers';
import type { Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

interface Pair {
  sendingOfferId: string;
  receivingOfferId: string;
}

/**
 * `sendingOffer` and `receivingOffer` fields for any type that names a pair (a decision, a batch proposal), one
 * batched query per request whatever the page size. Offers are never deleted, so both always resolve.
 */
export function PairOffersFieldsResolver<T extends Pair>(model: Type<T>) {
  @Resolver(() => model)
  class PairOffersFields {
    constructor(
      @InjectRepository(SendingOfferEntity) readonly sending: Repository<SendingOfferEntity>,
      @InjectRepository(ReceivingOfferEntity) readonly receiving: Repository<ReceivingOfferEntity>,
    ) {}

    @ResolveField(() => SendingOfferModel, { description: '送出情報 / The sending offer.' })
    async sendingOffer(
      @Parent() pair: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<SendingOfferModel | null> {
      return sendingOfferLoader(loaders, this.sending).load(pair.sendingOfferId);
    }

    @ResolveField(() => ReceivingOfferModel, { description: '受入情報 / The receiving offer.' })
    async receivingOffer(
      @Parent() pair: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<ReceivingOfferModel | null> {
      return receivingOfferLoader(loaders, this.receiving).load(pair.receivingOfferId);
    }
  }
  return PairOffersFields;
}
