import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { connectionComplexity } from '@kakehashi/graphql-core';

import { Args, GraphQLISODateTime, Mutation, Query, Resolver } from '@nestjs/graphql';
import { toReferralEventModel } from '../referrals/referral-event.model';
import { toReferralModel } from '../referrals/referral.model';
import { REFERRAL_STATUS_LABELS } from '../referral-enums';

import { REFERRAL_PARTNERS, REFERRAL_READERS } from '../referrals-roles';
import { corporateNumberMessage } from '../referrals/rules/referral-content';
import { normalizeCorporateNumber } from '@kakehashi/text';
import {
  CorporateNumberArgs,
  CorporateNumberCheckModel,
  ReferralChangesArgs,
  ReferralChangesModel,
  ReferralChangesSeenArgs,
  ReferralStatusCountModel,
} from './referral-overview.models';
import { ReferralOverviewService } from './services/referral-overview.service';

/** What the partner portal's home and referral form ask besides the referrals themselves. */
@Resolver()
export class ReferralOverviewResolver {
  constructor(private readonly overview: ReferralOverviewService) {}

  @Query(() => [ReferralStatusCountModel], {
    description:
      '見える紹介の状態ごとの件数 (一覧と同じ範囲、全状態を順に) / Counts by status, in the list’s scope.',
  })
  @Roles(...REFERRAL_READERS)
  async referralStatusCounts(@CurrentUser() user: AuthUser): Promise<ReferralStatusCountModel[]> {
    const counts = await this.overview.statusCounts(user);
    return counts.map((each) => ({ ...each, statusLabel: REFERRAL_STATUS_LABELS[each.status] }));
  }

  @Query(() => ReferralChangesModel, {
    description:
      '前回確認した時点より後に、他の人が変えた紹介の状態 (新しい順) / Status changes by others since last seen.',
    complexity: connectionComplexity,
  })
  @Roles(...REFERRAL_READERS)
  async referralChanges(
    @CurrentUser() user: AuthUser,
    @Args() args: ReferralChangesArgs,
  ): Promise<ReferralChangesModel> {
    const result = await this.overview.changes(user, args.first);
    return {
      since: result.since,
      asOf: result.asOf,
      totalCount: result.totalCount,
      changes: result.changes.map(({ referral, event }) => ({
        referral: toReferralModel(referral),
        event: toReferralEventModel(event),
      })),
    };
  }

  @Mutation(() => GraphQLISODateTime, {
    description:
      '紹介の変化を確認済みにする (戻さない・現在より先にしない) / Mark changes seen up to seenAt; returns the marker.',
  })
  @Roles(...REFERRAL_READERS)
  markReferralChangesSeen(
    @CurrentUser() user: AuthUser,
    @Args() args: ReferralChangesSeenArgs,
  ): Promise<Date> {
    return this.overview.markSeen(user, args.seenAt);
  }

  @Query(() => CorporateNumberCheckModel, {
    description:
      '法人番号の桁数とチェックデジットの確認 (紹介の登録と同じ規則・文言) / Check a corporate number as typed.',
  })
  @Roles(...REFERRAL_PARTNERS)
  checkCorporateNumber(@Args() args: CorporateNumberArgs): CorporateNumberCheckModel {
    const message = corporateNumberMessage(args.corporateNumber);
    return {
      valid: message === null,
      normalized: message === null ? normalizeCorporateNumber(args.corporateNumber) : null,
      message,
    };
  }
}
