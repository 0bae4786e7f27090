import { AppConfig } from '@kakehashi/config';
import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Type,
} from '@nestjs/common';
import { ConfiguredSchedule, type ConfiguredScheduleSpec } from './configured-schedule';
import { JobQueue } from './job-queue';

export interface ScheduledJobSpec extends ConfiguredScheduleSpec {
  /** What runs, in Japanese, for the administrators' list of schedules (e.g. 夜間の一括マッチング). */
  title: string;
  /** The configured cron (null: no schedule, and a registered one is removed). */
  cronOf(config: AppConfig): string | null;
  /** The logger context of the module the job belongs to. */
  logContext: string;
}

export interface ScheduledJobProvider extends OnApplicationBootstrap, OnApplicationShutdown {
  readonly logger: Logger;
  /** null in test modules composed without an application configuration. */
  readonly config: AppConfig | null;
}

const SCHEDULED_JOBS = new Map<string, ScheduledJobSpec>();

/** Every schedule a module declared (with ScheduledJobService), for the administrators' read-only list. */
export function scheduledJobSpecs(): readonly ScheduledJobSpec[] {
  return [...SCHEDULED_JOBS.values()];
}

/**
 * The provider that keeps one job on its configured cron (a ConfiguredSchedule started at boot and stopped at
 * shutdown), so that each module declares only what runs and when:
 * `export class ScheduleX extends ScheduledJobService({ queue, name, schedulerId, envName, label, title, cronOf, logContext }) {}`.
 */
export function ScheduledJobService(spec: ScheduledJobSpec): Type<ScheduledJobProvider> {
  SCHEDULED_JOBS.set(spec.schedulerId, spec);
  @Injectable()
  class ConfiguredJobSchedule implements ScheduledJobProvider {
    readonly logger = new Logger(spec.logContext);
    private readonly schedule: ConfiguredSchedule;

    constructor(
      jobs: JobQueue,
      // Absent only in test modules that compose the domain without an application config: nothing is scheduled.
      @Optional() @Inject(AppConfig) readonly config: AppConfig | null,
    ) {
      this.schedule = new ConfiguredSchedule(jobs, spec, this.logger);
    }

    async onApplicationBootstrap(): Promise<void> {
      if (this.config) await this.schedule.start(spec.cronOf(this.config));
    }

    onApplicationShutdown(): void {
      this.schedule.stop();
    }
  }
  return ConfiguredJobSchedule;
}
