import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { nextCronTime } from '../cron';
import { delayOf } from '../job-delay';
import { assertValidJobId } from '../job-ids';
import {
  DEFAULT_SCHEDULE_TIMEZONE,
  JobQueue,
  type EnqueueOptions,
  type JobState,
  type JobStatus,
  type QueueHealth,
  type RepeatSchedule,
  type ScheduledJob,
} from '../job-queue';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_CONCURRENCY,
  JOBS_MODULE_OPTIONS,
  type JobsModuleOptions,
} from '../jobs.options';
import { errorMessage, executeJob, missingProcessorMessage } from '../processors/execute-job';
import { JobProcessorRegistry } from '../processors/job-processor.registry';
import { JobLeases } from '../recovery/job-leases';
import type { JobName, QueueName } from '../queue-names';

interface InProcessJob {
  id: string;
  queue: string;
  name: string;
  data: unknown;
  state: JobState;
  progress: number;
  attemptsMade: number;
  failedReason: string | null;
  result: unknown;
  attempts: number;
  backoffMs: number;
  /** The wait before it is due (its delay, or a retry's backoff); null once due or running. */
  timer: NodeJS.Timeout | null;
}

interface InProcessSchedule {
  id: string;
  queue: QueueName;
  name: JobName;
  data: object;
  cron: string;
  timezone: string;
  next: Date;
  timer: NodeJS.Timeout | null;
}

/** setTimeout's longest delay (about 24.8 days); a later tick or job is reached by waiting in several steps. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Finished jobs remembered for `getJob` (and for id idempotency); the oldest are forgotten first. */
export const IN_PROCESS_FINISHED_JOBS_KEPT = 1000;

/**
 * Runs jobs in this process when there is no Redis (local development, the embedded mode): same handlers, retries
 * with exponential backoff, progress and job-id idempotency as BullMQ. The queue does not survive a restart: jobs
 * that were running hold leases in the database, and JobRecoveryService runs them again after the restart.
 * Jobs always run here, whatever `runProcessors` says: no other process can take them.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  /** Insertion order is age order, which the eviction of finished jobs relies on. */
  private readonly jobs = new Map<string, InProcessJob>();
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Per queue: jobs due to run, oldest first, and how many run now (at most `concurrency`, as a BullMQ worker). */
  private readonly due = new Map<string, InProcessJob[]>();
  private readonly activeCount = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  private readonly schedules = new Map<string, InProcessSchedule>();
  private readonly concurrency: number;
  private closing = false;

  constructor(
    private readonly registry: JobProcessorRegistry,
    private readonly leases: JobLeases,
    @Inject(JOBS_MODULE_OPTIONS) options: JobsModuleOptions,
  ) {
    super();
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  override async enqueue<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<{ id: string }> {
    if (this.closing) throw new Error('The job queue is shutting down; the job was not accepted.');
    const id = options.jobId ?? randomUUID();
    assertValidJobId(id);
    const delayMs = delayOf(options);
    const key = keyOf(queue, id);
    if (this.jobs.has(key)) return { id };
    const job: InProcessJob = {
      id,
      queue,
      name,
      // Through JSON, as BullMQ stores it: handlers see the same data (dates as strings, no undefined) in both modes.
      data: viaJson(data),
      state: delayMs > 0 ? 'delayed' : 'waiting',
      progress: 0,
      attemptsMade: 0,
      failedReason: null,
      result: null,
      attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
      backoffMs: Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS),
      timer: null,
    };
    this.jobs.set(key, job);
    this.runLater(job, delayMs);
    return { id };
  }

  override async getJob(queue: QueueName, id: string): Promise<JobStatus | null> {
    const job = this.jobs.get(keyOf(queue, id));
    if (!job) return null;
    return {
      id: job.id,
      queue: job.queue as QueueName,
      name: job.name as JobName,
      state: job.state,
      progress: job.progress,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason,
      result: job.result,
    };
  }

  override async cancel(queue: QueueName, id: string): Promise<boolean> {
    const key = keyOf(queue, id);
    const job = this.jobs.get(key);
    if (!job || (job.state !== 'waiting' && job.state !== 'delayed')) return false;
    if (job.timer) {
      clearTimeout(job.timer);
      this.timers.delete(job.timer);
      job.timer = null;
    }
    const due = this.due.get(job.queue) ?? [];
    const position = due.indexOf(job);
    if (position >= 0) due.splice(position, 1);
    // Forgotten, as BullMQ removes it: the id can be enqueued again.
    this.jobs.delete(key);
    return true;
  }

  override async schedule<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    schedulerId: string,
    repeat: RepeatSchedule,
  ): Promise<ScheduledJob> {
    if (this.closing) throw new Error('The job queue is shutting down; the schedule was not accepted.');
    assertValidJobId(schedulerId);
    const timezone = repeat.timezone ?? DEFAULT_SCHEDULE_TIMEZONE;
    const now = new Date();
    const entry: InProcessSchedule = {
      id: schedulerId,
      queue,
      name,
      data: viaJson(data) as object,
      cron: repeat.cron,
      timezone,
      next: nextCronTime(repeat.cron, timezone, now),
      timer: null,
    };
    const key = keyOf(queue, schedulerId);
    const previous = this.schedules.get(key);
    if (previous?.timer) clearTimeout(previous.timer);
    this.schedules.set(key, entry);
    this.arm(entry);
    return toScheduledJob(entry);
  }

  override async unschedule(queue: QueueName, schedulerId: string): Promise<boolean> {
    const key = keyOf(queue, schedulerId);
    const entry = this.schedules.get(key);
    if (!entry) return false;
    if (entry.timer) clearTimeout(entry.timer);
    this.schedules.delete(key);
    return true;
  }

  override async getSchedule(queue: QueueName, schedulerId: string): Promise<ScheduledJob | null> {
    const entry = this.schedules.get(keyOf(queue, schedulerId));
    return entry ? toScheduledJob(entry) : null;
  }

  override get processesJobs(): boolean {
    return true;
  }

  override async health(): Promise<QueueHealth> {
    return this.closing
      ? { driver: 'in-process', ok: false, detail: 'shutting down' }
      : { driver: 'in-process', ok: true };
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const entry of this.schedules.values()) if (entry.timer) clearTimeout(entry.timer);
    this.schedules.clear();
    const dropped = [...this.jobs.values()].filter(
      (job) => job.state === 'waiting' || job.state === 'delayed',
    ).length;
    if (dropped > 0)
      this.logger.warn({ dropped }, 'Shutting down with in-process jobs not yet run; they are lost');
    // Let running handlers finish before the database and other resources close.
    await Promise.allSettled([...this.running]);
  }

  /** Waits for the schedule's next tick, adds its job (the tick's time makes the id), then waits for the next. */
  private arm(entry: InProcessSchedule): void {
    const delay = Math.min(MAX_TIMER_DELAY_MS, Math.max(0, entry.next.getTime() - Date.now()));
    // Unref'd: a schedule alone never keeps the process alive.
    entry.timer = setTimeout(() => {
      entry.timer = null;
      if (this.closing || this.schedules.get(keyOf(entry.queue, entry.id)) !== entry) return;
      if (Date.now() < entry.next.getTime()) {
        this.arm(entry);
        return;
      }
      const tick = entry.next;
      this.enqueue(entry.queue, entry.name, entry.data, { jobId: `${entry.id}-${tick.getTime()}` }).catch(
        (error: unknown) =>
          this.logger.error(
            { schedulerId: entry.id, queue: entry.queue, error: errorMessage(error) },
            'Scheduled job could not be added',
          ),
      );
      // From the later of now and this tick: a process that slept through ticks adds one job, not one per tick.
      entry.next = nextCronTime(entry.cron, entry.timezone, new Date(Math.max(Date.now(), tick.getTime())));
      this.arm(entry);
    }, delay);
    entry.timer.unref();
  }

  private runLater(job: InProcessJob, delayMs: number): void {
    this.waitUntilDue(job, Date.now() + delayMs);
  }

  /** Waits (in steps past setTimeout's limit) until `dueAt`, then queues the job to run. */
  private waitUntilDue(job: InProcessJob, dueAt: number): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        job.timer = null;
        if (Date.now() < dueAt) {
          this.waitUntilDue(job, dueAt);
          return;
        }
        if (job.state === 'delayed') job.state = 'waiting';
        const due = this.due.get(job.queue) ?? [];
        due.push(job);
        this.due.set(job.queue, due);
        this.startDueJobs(job.queue);
      },
      Math.min(MAX_TIMER_DELAY_MS, Math.max(0, dueAt - Date.now())),
    );
    job.timer = timer;
    this.timers.add(timer);
  }

  private startDueJobs(queue: string): void {
    const due = this.due.get(queue) ?? [];
    while (!this.closing && (this.activeCount.get(queue) ?? 0) < this.concurrency) {
      const job = due.shift();
      if (!job) return;
      this.activeCount.set(queue, (this.activeCount.get(queue) ?? 0) + 1);
      const run = this.runAttempt(job).finally(() => {
        this.running.delete(run);
        this.activeCount.set(queue, (this.activeCount.get(queue) ?? 1) - 1);
        this.startDueJobs(queue);
      });
      this.running.add(run);
    }
  }

  private async runAttempt(job: InProcessJob): Promise<void> {
    const handler = this.registry.find(job.queue, job.name);
    if (!handler) {
      const reason = missingProcessorMessage(job.queue, job.name);
      this.logger.error({ jobId: job.id, queue: job.queue, job: job.name }, reason);
      job.attemptsMade += 1;
      this.finish(job, 'failed', { failedReason: reason });
      return;
    }
    job.state = 'active';
    const attempt = job.attemptsMade + 1;
    try {
      const result = await executeJob(
        this.logger,
        handler,
        {
          queue: job.queue,
          name: job.name,
          id: job.id,
          attempt,
          maxAttempts: job.attempts,
          data: job.data,
          updateProgress: async (percent) => {
            job.progress = percent;
          },
        },
        this.leases,
      );
      job.attemptsMade = attempt;
      this.finish(job, 'completed', { result: viaJson(result ?? null) });
    } catch (error) {
      job.attemptsMade = attempt;
      job.failedReason = errorMessage(error);
      if (attempt < job.attempts && !this.closing) {
        job.state = 'delayed';
        // BullMQ's exponential backoff: delay × 2^(attempts made − 1).
        this.runLater(job, job.backoffMs * 2 ** (attempt - 1));
      } else {
        this.finish(job, 'failed', { failedReason: job.failedReason });
      }
    }
  }

  private finish(
    job: InProcessJob,
    state: 'completed' | 'failed',
    outcome: { result?: unknown; failedReason?: string },
  ): void {
    job.state = state;
    if (outcome.result !== undefined) job.result = outcome.result;
    if (outcome.failedReason !== undefined) job.failedReason = outcome.failedReason;
    this.forgetOldFinishedJobs();
  }

  private forgetOldFinishedJobs(): void {
    let finished = 0;
    for (const job of this.jobs.values()) if (job.state === 'completed' || job.state === 'failed') finished++;
    for (const [key, job] of this.jobs) {
      if (finished <= IN_PROCESS_FINISHED_JOBS_KEPT) break;
      if (job.state === 'completed' || job.state === 'failed') {
        this.jobs.delete(key);
        finished--;
      }
    }
  }
}

function toScheduledJob(entry: InProcessSchedule): ScheduledJob {
  return {
    id: entry.id,
    queue: entry.queue,
    name: entry.name,
    cron: entry.cron,
    timezone: entry.timezone,
    next: entry.next,
  };
}

function keyOf(queue: string, id: string): string {
  return `${queue}\u0000${id}`;
}

function viaJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
