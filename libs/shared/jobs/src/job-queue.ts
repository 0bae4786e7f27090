import type { JobName, QueueName } from './queue-names';

export interface EnqueueOptions {
  /**
   * Idempotency: a job with the same id that is still known (delayed, waiting, running, or finished and not yet
   * forgotten) is not queued twice; the call returns its id and leaves it as it is (data and delay included). To
   * reschedule, `cancel` it first, then enqueue it again.
   */
  jobId?: string;
  /** Runs the job no earlier than this many milliseconds from now (state 'delayed' until then); ≤ 0 or absent: now. */
  delayMs?: number;
  /** Total tries including the first (default 3), with exponential backoff from `backoffMs` (default 1000). */
  attempts?: number;
  backoffMs?: number;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'delayed' | 'unknown';

export interface JobStatus {
  id: string;
  queue: QueueName;
  name: JobName;
  state: JobState;
  /** 0..100 */
  progress: number;
  attemptsMade: number;
  failedReason: string | null;
  result: unknown;
}

/** A job added again and again on a cron schedule. */
export interface RepeatSchedule {
  /** Cron pattern: 5 fields, or 6 with seconds first (e.g. '0 2 * * *': every day at 02:00). */
  cron: string;
  /** IANA time zone the pattern is read in (default Asia/Tokyo). */
  timezone?: string;
}

export interface ScheduledJob {
  /** The scheduler's id (one schedule per id: registering it again replaces it). */
  id: string;
  queue: QueueName;
  name: JobName;
  cron: string;
  timezone: string;
  /** When the next job will be added, if known. */
  next: Date | null;
}

export const DEFAULT_SCHEDULE_TIMEZONE = 'Asia/Tokyo';

export interface QueueHealth {
  driver: 'bullmq' | 'in-process';
  ok: boolean;
  detail?: string;
}

/**
 * The one interface product code uses to run work in the background. Backed by BullMQ on Redis when REDIS_URL is
 * set, or by an in-process runner (same retries and progress) when it is not.
 */
export abstract class JobQueue {
  abstract enqueue<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    options?: EnqueueOptions,
  ): Promise<{ id: string }>;

  abstract getJob(queue: QueueName, id: string): Promise<JobStatus | null>;

  /**
   * Removes a job that has not started: waiting, delayed, or waiting to retry. True if it was removed (its id is then
   * free to be enqueued again); false if the job is unknown, running (it is not interrupted) or finished. With BullMQ,
   * a job added by a schedule is left to its schedule (false): use `unschedule`.
   */
  abstract cancel(queue: QueueName, id: string): Promise<boolean>;

  /**
   * Adds a `name` job with `data` on every tick of the cron schedule, from now on, under `schedulerId` (registering
   * the same id again replaces its schedule and data; with BullMQ it lives in Redis, shared by every worker, so it
   * fires once per tick whatever the number of workers). Register schedules where jobs are processed: see
   * `processesJobs`.
   */
  abstract schedule<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    schedulerId: string,
    repeat: RepeatSchedule,
  ): Promise<ScheduledJob>;

  /** Stops a schedule; true if it existed. Jobs it already added are left alone. */
  abstract unschedule(queue: QueueName, schedulerId: string): Promise<boolean>;

  abstract getSchedule(queue: QueueName, schedulerId: string): Promise<ScheduledJob | null>;

  /** Whether this process runs jobs (the worker, or the in-process driver); the API with Redis only enqueues. */
  abstract get processesJobs(): boolean;

  abstract health(): Promise<QueueHealth>;
}
