import { Role } from '@kakehashi/authz';
import type { GraphqlContext, RequestLoaders } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReferralLoaders } from './referral.loaders';
import { ReferralNoteModel } from './referral-note.model';
import { ReferralEventModel } from './referral-event.model';
import { isCenterStaff } from './rules/referral-visibility';
import { viewerOf } from './viewer';

/** How partners see the Center in a history: as the Center, never a member of its staff. */
export const CENTER_AS_SEEN_BY_PARTNERS = '産業雇用安定センター';
export const SYSTEM_ACTOR = 'システム(自動処理)';

@Resolver(() => ReferralEventModel)
export class ReferralEventFieldsResolver {
  constructor(private readonly referralLoaders: ReferralLoaders) {}

  @ResolveField(() => String, {
    description:
      '操作した人 (提携機関から見たセンター職員は「産業雇用安定センター」) / Who did it; Center staff are anonymous to partners.',
  })
  async actorName(
    @Parent() event: ReferralEventModel,
    @Context('loaders') loaders: RequestLoaders,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<string> {
    if (!event.actorUserId) return SYSTEM_ACTOR;
    const byCenter = event.actorRole !== Role.PARTNER_HQ && event.actorRole !== Role.PARTNER_BRANCH;
    if (byCenter && !isCenterStaff(viewerOf(req))) return CENTER_AS_SEEN_BY_PARTNERS;
    return (await this.referralLoaders.userNames(loaders).load(event.actorUserId)) ?? '';
  }

  @ResolveField(() => Boolean, { description: 'センターによる操作 / Done by the Center.' })
  byCenter(@Parent() event: ReferralEventModel): boolean {
    return (
      event.actorRole !== null &&
      event.actorRole !== Role.PARTNER_HQ &&
      event.actorRole !== Role.PARTNER_BRANCH
    );
  }
}

@Resolver(() => ReferralNoteModel)
export class ReferralNoteFieldsResolver {
  constructor(private readonly referralLoaders: ReferralLoaders) {}

  @ResolveField(() => String, { description: '記入者 / Author.' })
  async authorName(
    @Parent() note: ReferralNoteModel,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<string> {
    return (await this.referralLoaders.userNames(loaders).load(note.authorUserId)) ?? '';
  }
}
