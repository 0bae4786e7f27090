import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CreateReferralInput, UpdateReferralInput } from './dtos/referral-content.inputs';
import { ReferralReasonInput, ReferralVersionInput } from './dtos/referral-transition.inputs';
import { ReferralModel, toReferralModel } from './referral.model';

import { CreateReferralService } from './services/create-referral.service';
import { ForwardReferralService } from './services/forward-referral.service';
import { SubmitReferralService } from './services/submit-referral.service';
import { UpdateReferralService } from './services/update-referral.service';
import { WithdrawReferralService } from './services/withdraw-referral.service';
import { REFERRAL_FORWARDERS, REFERRAL_PARTNERS } from '../referrals-roles';

/** What partners do with their referrals: draft, correct, submit, forward (head office) and withdraw. */
@Resolver(() => ReferralModel)
export class ReferralPartnerResolver {
  constructor(
    private readonly creating: CreateReferralService,
    private readonly updating: UpdateReferralService,
    private readonly submitting: SubmitReferralService,
    private readonly forwarding: ForwardReferralService,
    private readonly withdrawing: WithdrawReferralService,
  ) {}

  @Mutation(() => ReferralModel, {
    description: '紹介の作成 (下書き、支店ユーザーは自支店の紹介) / Draft a referral.',
  })
  @Roles(...REFERRAL_PARTNERS)
  async createReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: CreateReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.creating.create(user, input));
  }

  @Mutation(() => ReferralModel, {
    description: '紹介の修正 (下書き・差戻し) / Correct a draft or returned referral.',
  })
  @Roles(...REFERRAL_PARTNERS)
  async updateReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: UpdateReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.updating.update(user, input));
  }

  @Mutation(() => ReferralModel, {
    description:
      '紹介の提出 (本部確認のない機関は即時にセンターへ送付、重複の可能性は通知) / Submit; auto-forwarded without an HQ step.',
  })
  @Roles(...REFERRAL_PARTNERS)
  async submitReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReferralVersionInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.submitting.submit(user, input));
  }

  @Mutation(() => ReferralModel, { description: 'センターへ送付 (提携機関本部) / Forward to the Center.' })
  @Roles(...REFERRAL_FORWARDERS)
  async forwardReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReferralVersionInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.forwarding.forward(user, input));
  }

  @Mutation(() => ReferralModel, {
    description: '紹介の取下げ (対応開始前まで、理由必須) / Withdraw before conversion, with a reason.',
  })
  @Roles(...REFERRAL_PARTNERS)
  async withdrawReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReferralReasonInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.withdrawing.withdraw(user, input));
  }
}
