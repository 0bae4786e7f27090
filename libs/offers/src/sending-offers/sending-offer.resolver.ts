import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity, type Connection, type RequestLoaders } from '@kakehashi/graphql-core';
import { PrefectureEntity, PrefectureModel, prefectureLoader } from '@kakehashi/organisations';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { OFFER_STAFF } from '../offers-roles';
import { OfferRelationsResolver } from '../shared/offer-relations.resolver';
import { OffersArgs } from '../shared/offer-filter.input';
import { CreateSendingOfferInput, UpdateSendingOfferInput } from './dtos/sending-offer.inputs';
import { SendingOfferConnection, SendingOfferModel, toSendingOfferModel } from './sending-offer.model';
import { SendingOfferSearchService } from './services/sending-offer-search.service';
import { SendingOfferWriteService } from './services/sending-offer-write.service';

// The field resolvers are registered for the SendingOffer type, so any query returning it (matching's too) gets them.
@Resolver(() => SendingOfferModel)
export class SendingOfferResolver {
  constructor(
    private readonly search: SendingOfferSearchService,
    private readonly writes: SendingOfferWriteService,
    @InjectRepository(PrefectureEntity) private readonly prefectures: Repository<PrefectureEntity>,
  ) {}

  @Query(() => SendingOfferConnection, {
    complexity: connectionComplexity,
    description:
      '送出情報の一覧・絞り込み (受付日の新しい順) / List sending information, newest received first.',
  })
  @Roles(...OFFER_STAFF)
  async sendingOffers(@Args() args: OffersArgs): Promise<Connection<SendingOfferModel>> {
    const page = await this.search.list(args.filter ?? {}, { first: args.first, after: args.after });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSendingOfferModel(e.node) })),
    };
  }

  @Query(() => SendingOfferModel, {
    nullable: true,
    description: 'IDで送出情報を取得 / Sending information by id.',
  })
  @Roles(...OFFER_STAFF)
  async sendingOffer(@Args('id', { type: () => ID }) id: string): Promise<SendingOfferModel | null> {
    const offer = await this.search.findById(id);
    return offer ? toSendingOfferModel(offer) : null;
  }

  @Mutation(() => SendingOfferModel, { description: '送出情報の登録 / Record sending information.' })
  @Roles(...OFFER_STAFF)
  async createSendingOffer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateSendingOfferInput,
  ): Promise<SendingOfferModel> {
    return toSendingOfferModel(await this.writes.create(user, input));
  }

  @Mutation(() => SendingOfferModel, {
    description: '送出情報の編集 (楽観的排他) / Edit sending information (optimistic locking).',
  })
  @Roles(...OFFER_STAFF)
  async updateSendingOffer(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateSendingOfferInput,
  ): Promise<SendingOfferModel> {
    return toSendingOfferModel(await this.writes.update(user, input));
  }

  @ResolveField(() => [PrefectureModel])
  async acceptablePrefectures(
    @Parent() offer: SendingOfferModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<PrefectureModel[]> {
    const rows = await prefectureLoader(loaders, this.prefectures).loadMany(offer.acceptablePrefectureCodes);
    return rows.filter((row): row is PrefectureModel => row !== null && !(row instanceof Error));
  }
}

/** Company, owning office and occupation of a sending offer. */
export class SendingOfferRelationsResolver extends OfferRelationsResolver(SendingOfferModel) {}
