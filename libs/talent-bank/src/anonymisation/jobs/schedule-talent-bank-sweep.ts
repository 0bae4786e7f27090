import { JobName, QueueName, ScheduledJobService } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { TALENT_BANK_SWEEP_SCHEDULER_ID } from '../anonymisation-jobs';

/** The daily talent bank sweep, on TALENT_BANK_SWEEP_CRON (empty removes it). */
@Injectable()
export class ScheduleTalentBankSweep extends ScheduledJobService({
  queue: QueueName.TALENT_BANK,
  name: JobName.TALENT_BANK_SWEEP,
  schedulerId: TALENT_BANK_SWEEP_SCHEDULER_ID,
  envName: 'TALENT_BANK_SWEEP_CRON',
  label: 'Talent bank sweep',
  title: 'キャリア人材バンクの期限切れ・匿名化',
  cronOf: (config) => config.talentBankSweepCron,
  logContext: 'TalentBank',
}) {
  override async onApplicationBootstrap(): Promise<void> {
    if (this.config?.talentBankEncryptionKeyIsDevelopmentKey && this.config.nodeEnv === 'development') {
      this.logger.warn(
        'TALENT_BANK_ENCRYPTION_KEY is not set: registrants’ personal data is sealed with the public development key. Never use this with real data.',
      );
    }
    await super.onApplicationBootstrap();
  }
}
