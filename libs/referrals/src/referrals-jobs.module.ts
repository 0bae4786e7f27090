import { NotificationsModule } from '@kakehashi/notifications';
import { Module } from '@nestjs/common';
import { ReferralDuplicateService } from './duplicates/referral-duplicate.service';
import { ReferralImportProcessor } from './imports/jobs/referral-import.processor';
import { ImportContextLoader } from './imports/services/import-context.loader';
import { RunReferralImportService } from './imports/services/run-referral-import.service';

/**
 * The bulk upload's job without GraphQL, so that apps/worker can import it alone: plain SQL only (no entity to
 * register); it needs a TypeORM root connection and the global JobQueue. ReferralImportsModule imports it for the API
 * (which runs the job itself when there is no Redis).
 */
@Module({
  imports: [NotificationsModule],
  // ReferralDuplicateService is stateless: its own instance here keeps this module free of ReferralsModule.
  providers: [
    ImportContextLoader,
    ReferralDuplicateService,
    RunReferralImportService,
    ReferralImportProcessor,
  ],
  exports: [ImportContextLoader, RunReferralImportService],
})
export class ReferralsJobsModule {}
