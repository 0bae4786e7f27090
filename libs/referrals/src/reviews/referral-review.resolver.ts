import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { REFERRAL_COORDINATORS } from '../referrals-roles';
import { ReferralReviewResult, ReviewReferralsInput } from './dtos/referral-review.inputs';
import { ReviewReferralsService } from './services/review-referrals.service';

@Resolver()
export class ReferralReviewResolver {
  constructor(private readonly reviewing: ReviewReferralsService) {}

  @Mutation(() => ReferralReviewResult, {
    description:
      '紹介の一括受付・差戻し・担当決定 (センター本部)。1件ずつ別のトランザクションで、件ごとの結果を返す / Bulk accept, return or assign; per-item results.',
  })
  @Roles(...REFERRAL_COORDINATORS)
  reviewReferrals(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReviewReferralsInput,
  ): Promise<ReferralReviewResult> {
    return this.reviewing.review(user, input);
  }
}
