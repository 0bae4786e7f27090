import type { GraphqlContext } from '@kakehashi/graphql-core';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { duplicateCounterpart } from './duplicates.queries';
import { ReferralDuplicateModel } from './referral-duplicate.model';
import {
  DuplicateCounterpartModel,
  toDuplicateCounterpartModel,
} from './referral-duplicate-counterpart.model';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { centerViewer } from '../referrals/viewer';

/** What a duplicate matched, for headquarters to compare side by side (duplicates are Center-only already). */
@Resolver(() => ReferralDuplicateModel)
export class ReferralDuplicateFieldsResolver {
  constructor(private readonly transactions: ReferralTransactions) {}

  @ResolveField(() => DuplicateCounterpartModel, {
    nullable: true,
    description: '一致した紹介・送出情報・受入情報 / The matched referral or offer.',
  })
  async counterpart(
    @Parent() duplicate: ReferralDuplicateModel,
    @Context('req') req: GraphqlContext['req'],
  ): Promise<DuplicateCounterpartModel | null> {
    const viewer = centerViewer(req, 'counterpart');
    const row = await this.transactions.run(viewer, (tx) => duplicateCounterpart(tx, duplicate));
    return row ? toDuplicateCounterpartModel(row) : null;
  }
}
