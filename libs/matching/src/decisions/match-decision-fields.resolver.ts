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
import { MatchDecisionModel } from './match-decision.model';

/** The two offers of a decided pair, batched per request. */
@Resolver(() => MatchDecisionModel)
export class MatchDecisionFieldsResolver {
  constructor(
    @InjectRepository(SendingOfferEntity) private readonly sending: Repository<SendingOfferEntity>,
    @InjectRepository(ReceivingOfferEntity) private readonly receiving: Repository<ReceivingOfferEntity>,
  ) {}

  @ResolveField(() => SendingOfferModel)
  async sendingOffer(
    @Parent() decision: MatchDecisionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<SendingOfferModel | null> {
    return sendingOfferLoader(loaders, this.sending).load(decision.sendingOfferId);
  }

  @ResolveField(() => ReceivingOfferModel)
  async receivingOffer(
    @Parent() decision: MatchDecisionModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ReceivingOfferModel | null> {
    return receivingOfferLoader(loaders, this.receiving).load(decision.receivingOfferId);
  }
}
