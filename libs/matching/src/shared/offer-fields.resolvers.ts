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

// `sendingOffer` / `receivingOffer` fields for any type that names an offer by id (a ranked counterpart, a
// decision, a batch proposal): one batched query per request whatever the page size. Offers are never deleted, so
// an offer closed since it was named still resolves.

export function SendingOfferFieldResolver<T extends { sendingOfferId: string }>(model: Type<T>) {
  @Resolver(() => model)
  class SendingOfferField {
    constructor(@InjectRepository(SendingOfferEntity) readonly offers: Repository<SendingOfferEntity>) {}

    @ResolveField(() => SendingOfferModel, { description: '送出情報 / The sending offer.' })
    async sendingOffer(
      @Parent() parent: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<SendingOfferModel | null> {
      return sendingOfferLoader(loaders, this.offers).load(parent.sendingOfferId);
    }
  }
  return SendingOfferField;
}

export function ReceivingOfferFieldResolver<T extends { receivingOfferId: string }>(model: Type<T>) {
  @Resolver(() => model)
  class ReceivingOfferField {
    constructor(@InjectRepository(ReceivingOfferEntity) readonly offers: Repository<ReceivingOfferEntity>) {}

    @ResolveField(() => ReceivingOfferModel, { description: '受入情報 / The receiving offer.' })
    async receivingOffer(
      @Parent() parent: T,
      @Context('loaders') loaders: RequestLoaders,
    ): Promise<ReceivingOfferModel | null> {
      return receivingOfferLoader(loaders, this.offers).load(parent.receivingOfferId);
    }
  }
  return ReceivingOfferField;
}
