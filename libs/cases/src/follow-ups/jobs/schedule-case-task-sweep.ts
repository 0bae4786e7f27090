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
import { CASE_TASK_SWEEP_SCHEDULER_ID } from '../case-task-jobs';

/** The daily sweep of case tasks, on CASES_REMINDER_SWEEP_CRON (empty removes it). */
@Injectable()
export class ScheduleCaseTaskSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly schedule: ConfiguredSchedule;

  constructor(
    jobs: JobQueue,
    // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null,
  ) {
    this.schedule = new ConfiguredSchedule(
      jobs,
      {
        queue: QueueName.CASES,
        name: JobName.CASE_TASK_SWEEP,
        schedulerId: CASE_TASK_SWEEP_SCHEDULER_ID,
        envName: 'CASES_REMINDER_SWEEP_CRON',
        label: 'Case task sweep',
      },
      new Logger('CaseReminders'),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config) await this.schedule.start(this.config.casesReminderSweepCron);
  }

  onApplicationShutdown(): void {
    this.schedule.stop();
  }
}
