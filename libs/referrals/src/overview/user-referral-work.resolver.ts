import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REFERRAL_FORWARDERS, REFERRAL_PARTNERS } from '../resolvers/referral-roles';

/**
 * What a user does with referrals, from the same role lists the referral operations check: the web app shows the
 * partner portal and its menus from these, and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserReferralWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '企業を紹介する利用者か (提携機関の本部・支店) / Whether the user refers companies (partner HQ and branches).',
  })
  refersCompanies(@Parent() user: UserModel): boolean {
    return (REFERRAL_PARTNERS as readonly string[]).includes(user.role);
  }

  @ResolveField(() => Boolean, {
    description:
      '紹介を取りまとめてセンターへ送付する利用者か (提携機関の本部) / Whether the user forwards referrals (partner HQ).',
  })
  forwardsReferrals(@Parent() user: UserModel): boolean {
    return (REFERRAL_FORWARDERS as readonly string[]).includes(user.role);
  }
}
