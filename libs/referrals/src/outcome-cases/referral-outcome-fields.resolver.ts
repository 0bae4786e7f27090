import type { GraphqlContext } from '@kakehashi/graphql-core';
import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReferralOutcomeCaseModel } from './referral-outcome-case.model';
import { ReferralModel } from '../referrals/referral.model';
import { outcomeCasesOf } from './outcome-cases.queries';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { centerViewer } from '../referrals/viewer';

/** The outcome's case, for the Center only: which case established it, why none, and the cases to choose from. */
@Resolver(() => ReferralModel)
export class ReferralOutcomeFieldsResolver {
  constructor(private readonly transactions: ReferralTransactions) {}

  @ResolveField(() => ID, {
    nullable: true,
    description: '成立した案件 (センターのみ) / The case that established it; Center only.',
  })
  outcomeCaseId(
    @Parent() referral: ReferralModel,
    @Context('req') req: GraphqlContext['req'],
  ): string | null {
    centerViewer(req, 'outcomeCaseId');
    return referral.outcomeCaseId;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: '成立で案件がない理由 (センターのみ) / Why a 成立 has no case; Center only.',
  })
  outcomeNoCaseReason(
    @Parent() referral: ReferralModel,
    @Context('req') req: GraphqlContext['req'],
  ): string | null {
    centerViewer(req, 'outcomeNoCaseReason');
    return referral.outcomeNoCaseReason;
  }

  @ResolveField(() => [ReferralOutcomeCaseModel], {
    nullable: true,
    description:
      '成立の報告で選べる案件: 紐付けた送出・受入情報から作られ、操作できるもの (センターのみ) / Cases to report 成立 with.',
  })
  outcomeCaseOptions(
    @Parent() referral: ReferralModel,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<ReferralOutcomeCaseModel[]> {
    const viewer = centerViewer(req, 'outcomeCaseOptions');
    return this.transactions.run(viewer, (tx) => outcomeCasesOf(tx, viewer, referral));
  }
}
