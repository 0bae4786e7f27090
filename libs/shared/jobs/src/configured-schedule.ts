import type { LoggerService } from '@nestjs/common';
import type { JobQueue } from './job-queue';
import type { JobName, QueueName } from './queue-names';

/** Registering again after a failure (Redis not reachable at boot). */
const RETRY_MS = 60_000;

export interface ConfiguredScheduleSpec {
  queue: QueueName;
  name: JobName;
  schedulerId: string;
  /** The environment variable that sets the cron, for the log lines. */
  envName: string;
  /** What runs, for the log lines (e.g. "Nightly assignment"). */
  label: string;
}

/**
 * A cron schedule set by configuration, registered by the process that runs jobs only (the worker with Redis, or the
 * API without it): registered when a pattern is configured, removed when it is set empty. With BullMQ the schedule
 * lives in Redis, so several workers registering it still add one job per tick. Never throws: a schedule that cannot
 * be registered now is tried again a minute later while the process keeps running.
 */
export class ConfiguredSchedule {
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly jobs: JobQueue,
    private readonly spec: ConfiguredScheduleSpec,
    private readonly logger: LoggerService,
  ) {}

  /** For onApplicationBootstrap: does nothing in a process that only enqueues. */
  async start(cron: string | null): Promise<void> {
    if (!this.jobs.processesJobs) return;
    await this.register(cron);
  }

  /** For onApplicationShutdown: drops a pending retry. */
  stop(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  async register(cron: string | null): Promise<void> {
    const { queue, name, schedulerId, envName, label } = this.spec;
    try {
      if (cron === null) {
        if (await this.jobs.unschedule(queue, schedulerId)) {
          this.logger.log(`${label} schedule removed (${envName} is empty)`);
        }
        return;
      }
      const scheduled = await this.jobs.schedule(queue, name, {}, schedulerId, { cron });
      this.logger.log(
        { cron, timezone: scheduled.timezone, next: scheduled.next?.toISOString() ?? null },
        `${label} scheduled`,
      );
    } catch (error) {
      this.logger.error(
        { error: error instanceof Error ? error.message : String(error), retryInMs: RETRY_MS },
        `${label} could not be scheduled`,
      );
      this.retry = setTimeout(() => {
        this.retry = null;
        void this.register(cron);
      }, RETRY_MS);
      this.retry.unref();
    }
  }
}
