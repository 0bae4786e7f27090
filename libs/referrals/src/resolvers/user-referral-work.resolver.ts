import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { REFERRAL_COORDINATORS, REFERRAL_WORKERS } from './referral-roles';

/**
 * Which of the Center's referral screens a user works, from the same role lists the referral operations check: the
 * web app shows its menus from these and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserReferralWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '送付された紹介を受付・差戻し・担当決定する利用者か (センター本部) / Whether the user reviews forwarded referrals.',
  })
  reviewsReferrals(@Parent() user: UserModel): boolean {
    return (REFERRAL_COORDINATORS as readonly string[]).includes(user.role);
  }

  @ResolveField(() => Boolean, {
    description:
      '事務所の担当紹介を対応開始・結果報告する利用者か (コンサルタント・本部) / Whether the user works office referrals.',
  })
  handlesOfficeReferrals(@Parent() user: UserModel): boolean {
    return (REFERRAL_WORKERS as readonly string[]).includes(user.role);
  }
}
