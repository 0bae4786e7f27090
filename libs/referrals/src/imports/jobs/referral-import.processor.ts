import { JobName, JobProcessor, QueueName, type JobContext, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import type { ReferralImportJobData } from '../services/referral-import.records';
import {
  RunReferralImportService,
  type RunReferralImportOutcome,
} from '../services/run-referral-import.service';

/** A partner head office's validated upload, queued by importReferrals (job id: the import's id). */
@Injectable()
@JobProcessor(QueueName.REFERRALS, JobName.REFERRAL_IMPORT)
export class ReferralImportProcessor implements JobHandler<ReferralImportJobData> {
  constructor(private readonly imports: RunReferralImportService) {}

  handle(data: ReferralImportJobData, context: JobContext): Promise<RunReferralImportOutcome> {
    return this.imports.run(data, context);
  }
}
