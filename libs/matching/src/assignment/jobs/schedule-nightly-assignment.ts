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

export const NIGHTLY_ASSIGNMENT_SCHEDULER_ID = 'matching-nightly-assignment';

/** The nightly whole-country run, on MATCHING_NIGHTLY_CRON (empty removes it). */
@Injectable()
export class ScheduleNightlyAssignment implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: ConfiguredSchedule;

  constructor(
    jobs: JobQueue,
    // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null,
  ) {
    this.schedule = new ConfiguredSchedule(
      jobs,
      {
        queue: QueueName.MATCHING,
        name: JobName.NIGHTLY_ASSIGNMENT,
        schedulerId: NIGHTLY_ASSIGNMENT_SCHEDULER_ID,
        envName: 'MATCHING_NIGHTLY_CRON',
        label: 'Nightly assignment',
      },
      new Logger('Assignment'),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config) await this.schedule.start(this.config.matchingNightlyCron);
  }

  onApplicationShutdown(): void {
    this.schedule.stop();
  }
}
