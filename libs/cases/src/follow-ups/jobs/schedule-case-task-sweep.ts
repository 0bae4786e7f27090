import { AppConfig } from '@kakehashi/config';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CASE_TASK_SWEEP_SCHEDULER_ID, type CaseTaskSweepJobData } from '../case-task-jobs';

/** Registering again after a failure (Redis not reachable at boot). */
const RETRY_MS = 60_000;

/**
 * Registers (or, when CASES_REMINDER_SWEEP_CRON is empty, removes) the daily sweep of case tasks, in the process that
 * runs jobs only: the worker with Redis, or the API without it. With BullMQ the schedule lives in Redis, so several
 * workers registering it still add one job per day.
 */
@Injectable()
export class ScheduleCaseTaskSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CaseReminders');
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobQueue,
    // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config || !this.jobs.processesJobs) return;
    await this.register();
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  /** Never throws: a schedule that cannot be registered now is tried again later, the process keeps running. */
  async register(): Promise<void> {
    const cron = this.config?.casesReminderSweepCron ?? null;
    try {
      if (cron === null) {
        if (await this.jobs.unschedule(QueueName.CASES, CASE_TASK_SWEEP_SCHEDULER_ID)) {
          this.logger.log('Case task sweep schedule removed (CASES_REMINDER_SWEEP_CRON is empty)');
        }
        return;
      }
      const data: CaseTaskSweepJobData = {};
      const scheduled = await this.jobs.schedule(
        QueueName.CASES,
        JobName.CASE_TASK_SWEEP,
        data,
        CASE_TASK_SWEEP_SCHEDULER_ID,
        { cron },
      );
      this.logger.log(
        { cron, timezone: scheduled.timezone, next: scheduled.next?.toISOString() ?? null },
        'Case task sweep scheduled',
      );
    } catch (error) {
      this.logger.error(
        { error: error instanceof Error ? error.message : String(error), retryInMs: RETRY_MS },
        'Case task sweep could not be scheduled',
      );
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.register();
      }, RETRY_MS);
      this.retry.unref();
    }
  }
}
