import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type RequestLoaders } from '@kakehashi/graphql-core';
import { PrefectureEntity, PrefectureModel, prefectureLoader } from '@kakehashi/organisations';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OFFER_STAFF } from '../offers-roles';
import { OfferRelationsResolver } from '../shared/offer-relations.resolver';
import { OffersArgs } from '../shared/offer-filter.input';
import { CreateReceivingOfferInput, UpdateReceivingOfferInput } from './dtos/receiving-offer.inputs';
import {
  ReceivingOfferConnection,
  ReceivingOfferModel,
  toReceivingOfferModel,
} from './receiving-offer.model';
import { ReceivingOfferSearchService } from './services/receiving-offer-search.service';
import { ReceivingOfferWriteService } from './services/receiving-offer-write.service';

// The field resolvers are registered for the ReceivingOffer type, so any query returning it (matching's too) gets them.
@Resolver(() => ReceivingOfferModel)
export class ReceivingOfferResolver {
  constructor(
    private readonly search: ReceivingOfferSearchService,
    private readonly writes: ReceivingOfferWriteService,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
  ) {}

  @Query(() => ReceivingOfferConnection, {
    complexity: connectionComplexity,
    description:
      '受入情報の一覧・絞り込み (受付日の新しい順) / List receiving information, newest received first.',
  })
  @Roles(...OFFER_STAFF)
  async receivingOffers(@Args() args: OffersArgs): Promise<Connection<ReceivingOfferModel>> {
    const page = await this.search.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toReceivingOfferModel(e.node) })),
    };
  }

  @Query(() => ReceivingOfferModel, {
    nullable: true,
    description: 'IDで受入情報を取得 / Receiving information by id.',
  })
  @Roles(...OFFER_STAFF)
  async receivingOffer(@Args('id', { type: () => ID }) id: string): Promise<ReceivingOfferModel | null> {
    const offer = await this.search.findById(id);
    return offer ? toReceivingOfferModel(offer) : null;
  }

  @Mutation(() => ReceivingOfferModel, { description: '受入情報の登録 / Record receiving information.' })
  @Roles(...OFFER_STAFF)
  async createReceivingOffer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateReceivingOfferInput,
  ): Promise<ReceivingOfferModel> {
    return toReceivingOfferModel(await this.writes.create(user, input));
  }

  @Mutation(() => ReceivingOfferModel, {
    description: '受入情報の編集 (楽観的排他) / Edit receiving information (optimistic locking).',
  })
  @Roles(...OFFER_STAFF)
  async updateReceivingOffer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateReceivingOfferInput,
  ): Promise<ReceivingOfferModel> {
    return toReceivingOfferModel(await this.writes.update(user, input));
  }

  @ResolveField(() => PrefectureModel)
  async workplacePrefecture(
    @Parent() offer: ReceivingOfferModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel | null> {
    return prefectureLoader(loaders, this.prefectures).load(offer.workplacePrefectureCode);
  }
}

/** Company, owning office and occupation of a receiving offer. */
export class ReceivingOfferRelationsResolver extends OfferRelationsResolver(ReceivingOfferModel) {}
