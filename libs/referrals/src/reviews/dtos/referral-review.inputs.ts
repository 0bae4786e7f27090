import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Allow, IsOptional, ValidateNested } from 'class-validator';
import { ReferralVersionInput } from '../../referrals/dtos/referral-transition.inputs';
import { ReferralFilter } from '../../referrals/dtos/referrals.args';
import { ReferralModel } from '../../referrals/referral.model';

/** What headquarters does to many referrals at once. */
export enum ReferralReviewAction {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  ASSIGN = 'ASSIGN',
}

registerLabelledEnum(ReferralReviewAction, {
  name: 'ReferralReviewAction',
  description: 'センター本部の一括操作 / A bulk action of Center headquarters.',
  labels: {
    [ReferralReviewAction.ACCEPT]: '受付',
    [ReferralReviewAction.RETURN]: '差戻し',
    [ReferralReviewAction.ASSIGN]: '担当事務所の決定',
  },
});

/** How many referrals one bulk action may take (a screenful of selections or a narrowed filter). */
export const REVIEW_BATCH_LIMIT = 200;

@InputType({
  description:
    '一括の受付・差戻し・担当決定。対象は選択 (items) か絞り込み条件 (filter) のどちらか / A bulk action on a selection or a filter.',
})
export class ReviewReferralsInput {
  @Field(() => ReferralReviewAction)
  @Allow()
  action: ReferralReviewAction;

  @Field(() => [ReferralVersionInput], {
    nullable: true,
    description: `選択した紹介と読み込んだ version (${REVIEW_BATCH_LIMIT}件まで) / The selection.`,
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReferralVersionInput)
  items?: ReferralVersionInput[] | null;

  @Field(() => ReferralFilter, {
    nullable: true,
    description: `この条件に一致する紹介すべて (${REVIEW_BATCH_LIMIT}件まで、現在の version で) / Every match.`,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter?: ReferralFilter | null;

  @Field(() => String, { nullable: true, description: '差戻しの理由 (差戻しでは必須) / Return reason.' })
  @Allow()
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: '地方事務所 (担当決定では必須) / Regional office.' })
  @Allow()
  officeId?: string | null;
}

@ObjectType('ReferralReviewItemResult', { description: '一括操作の1件の結果 / One item of a bulk action.' })
export class ReferralReviewItemResult {
  @Field(() => ID)
  referralId: string;

  @Field(() => String, {
    nullable: true,
    description: '紹介先企業名 (見えない紹介は null) / Client name; null when hidden.',
  })
  clientName: string | null;

  @Field()
  succeeded: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      '断られた理由のコード (REFERRAL_NOT_FOUND, STALE_VERSION, INVALID_TRANSITION, INVALID_INPUT …) / Refusal code.',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: '断られた理由 / Why it was refused.' })
  message: string | null;

  @Field(() => ReferralModel, { nullable: true, description: '操作後の紹介 / The referral after it.' })
  referral: ReferralModel | null;
}

@ObjectType('ReferralReviewResult', { description: '一括操作の結果 / What a bulk action did.' })
export class ReferralReviewResult {
  @Field(() => ReferralReviewAction)
  action: ReferralReviewAction;

  @Field(() => Int)
  succeededCount: number;

  @Field(() => Int)
  refusedCount: number;

  @Field(() => [ReferralReviewItemResult], { description: '対象の順 / In the order of the targets.' })
  items: ReferralReviewItemResult[];
}
