import type { RequestLoaders } from '@kakehashi/graphql-core';
import {
  ReceivingOfferEntity,
  ReceivingOfferModel,
  receivingOfferLoader,
  SendingOfferEntity,
  SendingOfferModel,
  sendingOfferLoader,
} from '@kakehashi/offers';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ReceivingOfferMatchModel, SendingOfferMatchModel } from './match.models';

// The offers behind a ranking, one batched query per request whatever the page size. An offer closed between
// ranking and reading still resolves: offers are never deleted.

@Resolver(() => ReceivingOfferMatchModel)
export class ReceivingOfferMatchFieldsResolver {
  constructor(
    @InjectRepository(ReceivingOfferEntity) private readonly offers: Repository<ReceivingOfferEntity>,
  ) {}

  @ResolveField(() => ReceivingOfferModel, { description: '受入情報 / The receiving offer.' })
  async receivingOffer(
    @Parent() match: ReceivingOfferMatchModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ReceivingOfferModel | null> {
    return receivingOfferLoader(loaders, this.offers).load(match.receivingOfferId);
  }
}

@Resolver(() => SendingOfferMatchModel)
export class SendingOfferMatchFieldsResolver {
  constructor(
    @InjectRepository(SendingOfferEntity) private readonly offers: Repository<SendingOfferEntity>,
  ) {}

  @ResolveField(() => SendingOfferModel, { description: '送出情報 / The sending offer.' })
  async sendingOffer(
    @Parent() match: SendingOfferMatchModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<SendingOfferModel | null> {
    return sendingOfferLoader(loaders, this.offers).load(match.sendingOfferId);
  }
}
