import { AppConfig } from '@kakehashi/config';
import { ConfiguredSchedule, JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TALENT_BANK_SWEEP_SCHEDULER_ID } from '../anonymisation-jobs';

/** The daily talent bank sweep, on TALENT_BANK_SWEEP_CRON (empty removes it). */
@Injectable()
export class ScheduleTalentBankSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: ConfiguredSchedule;
  private readonly logger = new Logger('TalentBank');

  constructor(
    jobs: JobQueue,
    // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null,
  ) {
    this.schedule = new ConfiguredSchedule(
      jobs,
      {
        queue: QueueName.TALENT_BANK,
        name: JobName.TALENT_BANK_SWEEP,
        schedulerId: TALENT_BANK_SWEEP_SCHEDULER_ID,
        envName: 'TALENT_BANK_SWEEP_CRON',
        label: 'Talent bank sweep',
      },
      this.logger,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config) return;
    if (this.config.talentBankEncryptionKeyIsDevelopmentKey && this.config.nodeEnv === 'development') {
      this.logger.warn(
        'TALENT_BANK_ENCRYPTION_KEY is not set: registrants’ personal data is sealed with the public development key. Never use this with real data.',
      );
    }
    await this.schedule.start(this.config.talentBankSweepCron);
  }

  onApplicationShutdown(): void {
    this.schedule.stop();
  }
}
