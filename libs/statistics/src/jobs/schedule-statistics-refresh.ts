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
import { STATISTICS_REFRESH_SCHEDULER_ID } from './statistics-jobs';

/** The statistics refresh on STATISTICS_REFRESH_CRON (every two seconds by default; empty removes it). */
@Injectable()
export class ScheduleStatisticsRefresh implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: ConfiguredSchedule;

  constructor(
    jobs: JobQueue,
    // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null,
  ) {
    this.schedule = new ConfiguredSchedule(
      jobs,
      {
        queue: QueueName.STATISTICS,
        name: JobName.STATISTICS_DRAIN,
        schedulerId: STATISTICS_REFRESH_SCHEDULER_ID,
        envName: 'STATISTICS_REFRESH_CRON',
        label: 'Statistics refresh',
      },
      new Logger('Statistics'),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config) await this.schedule.start(this.config.statisticsRefreshCron);
  }

  onApplicationShutdown(): void {
    this.schedule.stop();
  }
}
