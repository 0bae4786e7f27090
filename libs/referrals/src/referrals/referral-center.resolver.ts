import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AddReferralNoteInput,
  AssignReferralInput,
  ConvertReferralInput,
  ReferralReasonInput,
  ReferralVersionInput,
  ReportReferralOutcomeInput,
} from './dtos/referral-transition.inputs';
import { ReferralNoteModel, toReferralNoteModel } from './referral-note.model';
import { ReferralModel, toReferralModel } from './referral.model';

import { AcceptReferralService } from './services/accept-referral.service';
import { AddReferralNoteService } from './services/add-referral-note.service';
import { AssignReferralService } from './services/assign-referral.service';
import { ConvertReferralService } from './services/convert-referral.service';
import { ReportReferralOutcomeService } from './services/report-referral-outcome.service';
import { ReturnReferralService } from './services/return-referral.service';
import { REFERRAL_COORDINATORS, REFERRAL_WORKERS } from '../referrals-roles';

/** What the Center does with forwarded referrals: accept or return, assign, convert, report, note. */
@Resolver(() => ReferralModel)
export class ReferralCenterResolver {
  constructor(
    private readonly accepting: AcceptReferralService,
    private readonly returning: ReturnReferralService,
    private readonly assigning: AssignReferralService,
    private readonly converting: ConvertReferralService,
    private readonly reporting: ReportReferralOutcomeService,
    private readonly noting: AddReferralNoteService,
  ) {}

  @Mutation(() => ReferralModel, { description: '紹介の受付 (センター本部) / Accept a forwarded referral.' })
  @Roles(...REFERRAL_COORDINATORS)
  async acceptReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReferralVersionInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.accepting.accept(user, input));
  }

  @Mutation(() => ReferralModel, {
    description: '紹介の差戻し (理由必須、提携機関に表示) / Return to the partner with a reason.',
  })
  @Roles(...REFERRAL_COORDINATORS)
  async returnReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReferralReasonInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.returning.returnToPartner(user, input));
  }

  @Mutation(() => ReferralModel, {
    description: '担当の地方事務所を決定・変更 (センター本部) / Assign to a regional office.',
  })
  @Roles(...REFERRAL_COORDINATORS)
  async assignReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AssignReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.assigning.assign(user, input));
  }

  @Mutation(() => ReferralModel, {
    description:
      '企業・送出/受入情報と紐付けて対応開始 (担当事務所の相談員・本部) / Link the company and offers.',
  })
  @Roles(...REFERRAL_WORKERS)
  async convertReferral(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ConvertReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.converting.convert(user, input));
  }

  @Mutation(() => ReferralModel, {
    description: '結果の報告 (成立・不成立・取下げ) / Report the outcome.',
  })
  @Roles(...REFERRAL_WORKERS)
  async reportReferralOutcome(
    @CurrentUser() user: AuthUser,
    @Args('input') input: ReportReferralOutcomeInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.reporting.report(user, input));
  }

  @Mutation(() => ReferralNoteModel, {
    description: 'センター内部メモの追加 (提携機関には非表示) / Add an internal note.',
  })
  @Roles(...REFERRAL_WORKERS)
  async addReferralNote(
    @CurrentUser() user: AuthUser,
    @Args('input') input: AddReferralNoteInput,
  ): Promise<ReferralNoteModel> {
    return toReferralNoteModel(await this.noting.add(user, input));
  }
}
