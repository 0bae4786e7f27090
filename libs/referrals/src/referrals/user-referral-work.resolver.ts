import { UserModel } from '@kakehashi/identity';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  REFERRAL_COORDINATORS,
  REFERRAL_FORWARDERS,
  REFERRAL_PARTNERS,
  REFERRAL_WORKERS,
} from '../referrals-roles';

const has = (roles: readonly string[], user: UserModel): boolean => roles.includes(user.role);

/**
 * What a user does with referrals, from the same role lists the referral operations check: the web app draws the
 * partner portal and the Center's referral menus from these, and keeps no copy of the roles.
 */
@Resolver(() => UserModel)
export class UserReferralWorkResolver {
  @ResolveField(() => Boolean, {
    description:
      '企業を紹介する利用者か (提携機関の本部・支店) / Whether the user refers companies (partner HQ and branches).',
  })
  refersCompanies(@Parent() user: UserModel): boolean {
    return has(REFERRAL_PARTNERS, user);
  }

  @ResolveField(() => Boolean, {
    description:
      '紹介を取りまとめてセンターへ送付する利用者か (提携機関の本部) / Whether the user forwards referrals (partner HQ).',
  })
  forwardsReferrals(@Parent() user: UserModel): boolean {
    return has(REFERRAL_FORWARDERS, user);
  }

  @ResolveField(() => Boolean, {
    description:
      '送付された紹介を受付・差戻し・担当決定する利用者か (センター本部) / Whether the user reviews forwarded referrals.',
  })
  reviewsReferrals(@Parent() user: UserModel): boolean {
    return has(REFERRAL_COORDINATORS, user);
  }

  @ResolveField(() => Boolean, {
    description:
      '事務所の担当紹介を対応開始・結果報告する利用者か (コンサルタント・本部) / Whether the user works office referrals.',
  })
  handlesOfficeReferrals(@Parent() user: UserModel): boolean {
    return has(REFERRAL_WORKERS, user);
  }
}
