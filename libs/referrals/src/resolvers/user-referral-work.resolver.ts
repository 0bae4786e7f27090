import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REFERRAL_FORWARDERS } from './referral-roles';

/**
 * Whether a user forwards its institution's referrals to the Center (the partner's head office), from the same role
 * list forwardReferral checks: the web app shows the head office's screens (all branches, forwarding, bulk upload)
 * from it and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserReferralWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '紹介をセンターへ送付する利用者か (提携機関の本部) / Whether the user forwards referrals (partner head office).',
  })
  forwardsReferrals(@Parent() user: UserModel): boolean {
    return (REFERRAL_FORWARDERS as readonly string[]).includes(user.role);
  }
}
