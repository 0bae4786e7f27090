import { Module } from '@nestjs/common';
import { ReferralsJobsModule } from '../referrals-jobs.module';
import { ReferralImportsResolver } from './referral-imports.resolver';
import { ReferralImportQueryService } from './services/referral-import-query.service';
import { StartReferralImportService } from './services/start-referral-import.service';
import { ValidateReferralImportService } from './services/validate-referral-import.service';

/**
 * Bulk submission by a partner head office (CSV or .xlsx): the template, the dry run, the all-or-nothing import and
 * the import's status. ReferralsModule imports it for the API; the worker imports ReferralsJobsModule only.
 */
@Module({
  imports: [ReferralsJobsModule],
  providers: [
    ValidateReferralImportService,
    StartReferralImportService,
    ReferralImportQueryService,
    ReferralImportsResolver,
  ],
  exports: [ValidateReferralImportService, StartReferralImportService, ReferralImportQueryService],
})
export class ReferralImportsModule {}
