import { Roles } from '@kakehashi/authz';
import { rankingComplexity } from '@kakehashi/graphql-core';

import { Args, Query, Resolver } from '@nestjs/graphql';

import { MATCHING_STAFF } from '../matching-roles';
import { MatchesArgs } from './dtos/match-filters.input';
import { ReceivingOfferMatchesModel, SendingOfferMatchesModel } from './match.models';
import { FindMatchesService } from './services/find-matches.service';

@Resolver()
export class MatchesResolver {
  constructor(private readonly matches: FindMatchesService) {}

  @Query(() => ReceivingOfferMatchesModel, {
    complexity: rankingComplexity,
    description:
      '送出情報に合う受入情報を全国から順位付け (スコア・要素別の寄与・理由と不足点) / The best receiving offers for a sending offer, explained.',
  })
  @Roles(...MATCHING_STAFF)
  async matchesForSendingOffer(@Args() args: MatchesArgs): Promise<ReceivingOfferMatchesModel> {
    return this.matches.forSendingOffer(args.id, args.first, args.filters);
  }

  @Query(() => SendingOfferMatchesModel, {
    complexity: rankingComplexity,
    description:
      '受入情報に合う送出情報を全国から順位付け (スコア・要素別の寄与・理由と不足点) / The best sending offers for a receiving offer, explained.',
  })
  @Roles(...MATCHING_STAFF)
  async matchesForReceivingOffer(@Args() args: MatchesArgs): Promise<SendingOfferMatchesModel> {
    return this.matches.forReceivingOffer(args.id, args.first, args.filters);
  }
}
