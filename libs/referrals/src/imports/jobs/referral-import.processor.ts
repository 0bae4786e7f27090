import {
  JobName,
  JobProcessor,
  QueueName,
  type JobContext,
  type JobFailure,
  type JobHandler,
} from '@kakehashi/jobs';
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

  /** Its worker died during it too often, or its queue lost it: the import ends FAILED, so it can be uploaded again. */
  onFailed(data: ReferralImportJobData, failure: JobFailure): Promise<void> {
    return this.imports.markFailed(data, failure);
  }
}
