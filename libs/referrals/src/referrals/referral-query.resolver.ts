import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity } from '@kakehashi/graphql-core';

import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ReferralsArgs } from './dtos/referrals.args';
import { ReferralConnection, ReferralModel, toReferralModel } from './referral.model';

import { ReferralQueryService } from './services/referral-query.service';
import { REFERRAL_READERS } from '../referrals-roles';

@Resolver(() => ReferralModel)
export class ReferralQueryResolver {
  constructor(private readonly queries: ReferralQueryService) {}

  @Query(() => ReferralModel, {
    description:
      '紹介 1件 (見えない紹介は存在しない場合と同じく NOT_FOUND) / One referral; hidden ones are NOT_FOUND.',
  })
  @Roles(...REFERRAL_READERS)
  async referral(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.queries.get(user, id));
  }

  @Query(() => ReferralConnection, {
    complexity: connectionComplexity,
    description:
      '紹介の一覧 (新しい順)。提携機関は自機関(支店)の紹介、センター本部は送付済みの紹介、相談員は自事務所の担当 / Referrals, newest first.',
  })
  @Roles(...REFERRAL_READERS)
  async referrals(@CurrentUser() user: AuthUser, @Args() args: ReferralsArgs) {
    const page = await this.queries.list(user, args.filter, { first: args.first, after: args.after });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toReferralModel(e.node) })) };
  }
}
