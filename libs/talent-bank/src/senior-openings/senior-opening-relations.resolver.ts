import type { RequestLoaders } from '@kakehashi/graphql-core';
import { ReceivingOfferEntity, ReceivingOfferModel, receivingOfferLoader } from '@kakehashi/offers';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { SeniorOpeningModel } from './senior-opening.model';

@Resolver(() => SeniorOpeningModel)
export class SeniorOpeningRelationsResolver {
  constructor(
    @InjectRepository(ReceivingOfferEntity) private readonly offers: Repository<ReceivingOfferEntity>,
  ) {}

  @ResolveField(() => ReceivingOfferModel)
  async receivingOffer(
    @Parent() o: SeniorOpeningModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<ReceivingOfferModel | null> {
    return receivingOfferLoader(loaders, this.offers).load(o.receivingOfferId);
  }
}
