import { identityEntities } from '@kakehashi/identity';
import { NotificationsModule } from '@kakehashi/notifications';
import { ReceivingOfferEntity, SendingOfferEntity } from '@kakehashi/offers';
import { OrganisationsModule } from '@kakehashi/organisations';
import { PARTNER_ENTITIES } from '@kakehashi/partners';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferralExportsController } from './exports/referral-exports.controller';
import { ReferralDuplicateService } from './duplicates/referral-duplicate.service';
import { ReferralImportsModule } from './imports/referral-imports.module';
import { ReferralLoaders } from './referrals/referral.loaders';
import './referral-graphql-enums';
import { ReferralNotifier } from './notifications/referral-notifier';
import { ReferralOverviewResolver } from './overview/referral-overview.resolver';
import { ReferralOverviewService } from './overview/services/referral-overview.service';
import { ReferralSeenMarkerEntity } from './overview/referral-seen-marker.entity';
import { REFERRAL_ENTITIES } from './referral-entities';
import { ReferralCenterResolver } from './referrals/referral-center.resolver';
import { ReferralFieldsResolver } from './referrals/referral-fields.resolver';
import {
  ReferralEventFieldsResolver,
  ReferralNoteFieldsResolver,
} from './referrals/referral-history-fields.resolver';
import { ReferralPartnerResolver } from './referrals/referral-partner.resolver';
import { ReferralQueryResolver } from './referrals/referral-query.resolver';
import { ReferralDuplicateFieldsResolver } from './duplicates/referral-duplicate-fields.resolver';
import { ReferralOutcomeFieldsResolver } from './outcome-cases/referral-outcome-fields.resolver';
import { UserReferralWorkResolver } from './referrals/user-referral-work.resolver';
import { ReferralReviewResolver } from './reviews/referral-review.resolver';
import { ReviewReferralsService } from './reviews/services/review-referrals.service';
import { AcceptReferralService } from './referrals/services/accept-referral.service';
import { AddReferralNoteService } from './referrals/services/add-referral-note.service';
import { AssignReferralService } from './referrals/services/assign-referral.service';
import { ConvertReferralService } from './referrals/services/convert-referral.service';
import { CreateReferralService } from './referrals/services/create-referral.service';
import { ForwardReferralService } from './referrals/services/forward-referral.service';
import { ReferralCommandRunner } from './referrals/services/referral-command.runner';
import { ReferralQueryService } from './referrals/services/referral-query.service';
import { ReferralTransactions } from './referrals/services/referral-transactions';
import { ReportReferralOutcomeService } from './referrals/services/report-referral-outcome.service';
import { ReturnReferralService } from './referrals/services/return-referral.service';
import { SubmitReferralService } from './referrals/services/submit-referral.service';
import { UpdateReferralService } from './referrals/services/update-referral.service';
import { WithdrawReferralService } from './referrals/services/withdraw-referral.service';

/**
 * Partners' referrals of client companies: the path from a branch's draft to the outcome, duplicate detection, bulk
 * upload and notifications. Every read and write runs in a transaction scoped for row-level security
 * (ReferralTransactions). Needs a TypeORM root connection and, through OrganisationsModule, the JobsModule.
 */
@Module({
  imports: [
    OrganisationsModule,
    NotificationsModule,
    ReferralImportsModule,
    TypeOrmModule.forFeature([
      ...REFERRAL_ENTITIES,
      ReferralSeenMarkerEntity,
      ...PARTNER_ENTITIES,
      ...identityEntities,
      SendingOfferEntity,
      ReceivingOfferEntity,
    ]),
  ],
  providers: [
    ReferralTransactions,
    ReferralNotifier,
    ReferralDuplicateService,
    ReferralCommandRunner,
    ReferralLoaders,
    ReferralQueryService,
    CreateReferralService,
    UpdateReferralService,
    SubmitReferralService,
    ForwardReferralService,
    WithdrawReferralService,
    AcceptReferralService,
    ReturnReferralService,
    AssignReferralService,
    ConvertReferralService,
    ReportReferralOutcomeService,
    AddReferralNoteService,
    ReferralQueryResolver,
    ReferralPartnerResolver,
    ReferralCenterResolver,
    ReferralFieldsResolver,
    ReferralEventFieldsResolver,
    ReferralNoteFieldsResolver,
    ReferralOverviewService,
    ReferralOverviewResolver,
    ReferralDuplicateFieldsResolver,
    ReferralOutcomeFieldsResolver,
    UserReferralWorkResolver,
    ReviewReferralsService,
    ReferralReviewResolver,
  ],
  // The list's Excel download (GET /referrals/exports).
  controllers: [ReferralExportsController],
  exports: [ReferralTransactions, ReferralCommandRunner, ReferralDuplicateService, ReferralNotifier],
})
export class ReferralsModule {}
