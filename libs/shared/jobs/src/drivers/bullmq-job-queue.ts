import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import Redis, { type RedisOptions } from 'ioredis';
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

const HEALTH_TIMEOUT_MS = 1000;
/** A schedule is registered at boot, when the connection may still be opening. */
const SCHEDULE_CONNECT_TIMEOUT_MS = 5000;

/** Finished jobs stay readable through `getJob` (and block a same-id re-enqueue) for a while, then Redis forgets them. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 1000 };
const KEEP_FAILED = { age: 7 * 24 * 3600, count: 5000 };

/**
 * Stall detection: a worker holds a lock on each job it runs, renewed every half `lockDuration` while the process is
 * alive. When the process dies (kill -9, out of memory, the container stopped) the lock lapses and the next stalled
 * check of any worker queues the job again. BullMQ's defaults (a 30 s lock, a check every 30 s) left a job 30-60 s
 * without a worker, plus the new worker's start (63-92 s measured); 10 s and 5 s resume it within 15 s. The lock is
 * not shorter because a handler that holds the event loop longer than the lock (parsing a large upload, say) would
 * be taken for dead and run twice. A job stalled more than `maxStalledCount` times is failed by BullMQ ("job stalled
 * more than allowable limit") without any handler code running: JobRecoveryService hands it to the handler's
 * onFailed, so its row ends FAILED instead of RUNNING.
 */
export const WORKER_STALL_OPTIONS = {
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 1,
} as const;

/**
 * Jobs on BullMQ (Redis): one Queue per queue name for enqueuing and, when `runProcessors` is set (apps/worker),
 * one Worker per queue that has processors in this process.
 */
@Injectable()
export class BullMqJobQueue extends JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly connection: Redis;
  private workerConnection: Redis | null = null;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(
    private readonly registry: JobProcessorRegistry,
    private readonly leases: JobLeases,
    @Inject(JOBS_MODULE_OPTIONS) private readonly options: JobsModuleOptions,
  ) {
    super();
    // Enqueuing fails fast while Redis is unreachable instead of holding a request open until it returns.
    this.connection = this.connect('kakehashi-queue', { enableOfflineQueue: false });
  }

  override async enqueue<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<{ id: string }> {
    if (options.jobId !== undefined) assertValidJobId(options.jobId);
    const delay = delayOf(options);
    const jobOptions: JobsOptions = {
      jobId: options.jobId,
      ...(delay > 0 ? { delay } : {}),
      attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
      backoff: { type: 'exponential', delay: Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS) },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    };
    // With a jobId that Redis still knows, BullMQ returns the existing job (its delay unchanged) instead of adding
    // another.
    const job = await this.queueFor(queue).add(name, data, jobOptions);
    if (!job.id) throw new Error(`BullMQ returned no id for job ${queue}/${name}.`);
    return { id: job.id };
  }

  override async getJob(queue: QueueName, id: string): Promise<JobStatus | null> {
    const bullQueue = this.queueFor(queue);
    // State first: a job read after its state can only be as new or newer, never a "failed" without its reason.
    const state = await bullQueue.getJobState(id);
    const job = await bullQueue.getJob(id);
    if (!job?.id) return null;
    return {
      id: job.id,
      queue,
      name: job.name as JobName,
      state: toJobState(state),
      progress: typeof job.progress === 'number' ? job.progress : 0,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason || null,
      result: job.returnvalue ?? null,
    };
  }

  override async cancel(queue: QueueName, id: string): Promise<boolean> {
    const bullQueue = this.queueFor(queue);
    // Queue#remove would also delete a finished job (and report "unknown" ids as removed): only one not yet started
    // is cancelled. A job that starts between this check and the removal holds a lock, so remove() leaves it (0).
    if (!CANCELLABLE_STATES.has(toJobState(await bullQueue.getJobState(id)))) return false;
    const job = await bullQueue.getJob(id);
    // BullMQ refuses to remove a schedule's next job; the schedule owns it.
    if (!job || job.repeatJobKey) return false;
    return (await bullQueue.remove(id)) === 1;
  }

  override async schedule<T extends object>(
    queue: QueueName,
    name: JobName,
    data: T,
    schedulerId: string,
    repeat: RepeatSchedule,
  ): Promise<ScheduledJob> {
    assertValidJobId(schedulerId);
    const timezone = repeat.timezone ?? DEFAULT_SCHEDULE_TIMEZONE;
    // Refuse a bad pattern with the same message as the in-process driver, before anything reaches Redis.
    nextCronTime(repeat.cron, timezone, new Date());
    await this.readyOrThrow(SCHEDULE_CONNECT_TIMEOUT_MS);
    // The scheduler lives in Redis: every worker upserting the same id keeps one schedule, which adds one job per
    // tick (ids "repeat:<id>:<time>", generated by BullMQ) with the same retries as enqueue's defaults.
    await this.queueFor(queue).upsertJobScheduler(
      schedulerId,
      { pattern: repeat.cron, tz: timezone },
      {
        name,
        data,
        opts: {
          attempts: DEFAULT_ATTEMPTS,
          backoff: { type: 'exponential', delay: DEFAULT_BACKOFF_MS },
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        },
      },
    );
    const scheduled = await this.getSchedule(queue, schedulerId);
    if (!scheduled) throw new Error(`BullMQ did not keep the job scheduler ${queue}/${schedulerId}.`);
    return scheduled;
  }

  override async unschedule(queue: QueueName, schedulerId: string): Promise<boolean> {
    await this.readyOrThrow(SCHEDULE_CONNECT_TIMEOUT_MS);
    return this.queueFor(queue).removeJobScheduler(schedulerId);
  }

  override async getSchedule(queue: QueueName, schedulerId: string): Promise<ScheduledJob | null> {
    const scheduler = await this.queueFor(queue).getJobScheduler(schedulerId);
    if (!scheduler?.pattern) return null;
    return {
      id: schedulerId,
      queue,
      name: scheduler.name as JobName,
      cron: scheduler.pattern,
      timezone: scheduler.tz ?? DEFAULT_SCHEDULE_TIMEZONE,
      next: scheduler.next ? new Date(scheduler.next) : null,
    };
  }

  override get processesJobs(): boolean {
    return this.options.runProcessors;
  }

  override async health(): Promise<QueueHealth> {
    // A connection still (re)connecting right after boot gets a moment before it counts as down.
    if (!(await this.waitUntilReady(HEALTH_TIMEOUT_MS))) {
      return { driver: 'bullmq', ok: false, detail: `Redis connection is ${this.connection.status}` };
    }
    try {
      await withTimeout(this.connection.ping(), HEALTH_TIMEOUT_MS);
      return { driver: 'bullmq', ok: true };
    } catch (error) {
      return { driver: 'bullmq', ok: false, detail: `Redis: ${errorMessage(error)}` };
    }
  }

  onApplicationBootstrap(): void {
    if (!this.options.runProcessors) return;
    const queues = this.registry.queues();
    if (queues.length === 0) {
      this.logger.warn('runProcessors is set but no @JobProcessor is registered: nothing will be consumed');
      return;
    }
    // Workers hold blocking commands open, so they wait for Redis (offline queue on) rather than failing.
    this.workerConnection = this.connect('kakehashi-worker', {});
    const concurrency = this.options.concurrency ?? DEFAULT_CONCURRENCY;
    for (const { queue, jobNames } of queues) {
      const worker = new Worker(queue, (job: Job) => this.process(queue, job), {
        connection: this.workerConnection,
        prefix: this.options.prefix,
        concurrency,
        ...WORKER_STALL_OPTIONS,
      });
      worker.on('error', (error) =>
        this.logger.error({ queue, error: error.message }, 'BullMQ worker error'),
      );
      this.workers.push(worker);
      this.logger.log({ queue, jobNames, concurrency }, 'Consuming queue');
    }
  }

  async onModuleDestroy(): Promise<void> {
    // Workers first: close() waits for the jobs they are running, then queues, then the connections they shared.
    if (this.workers.length > 0) {
      await Promise.allSettled(this.workers.map((worker) => worker.close()));
      this.logger.log({ queues: this.workers.map((worker) => worker.name) }, 'Stopped consuming queues');
    }
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    const connections = this.workerConnection ? [this.connection, this.workerConnection] : [this.connection];
    await Promise.allSettled(connections.map(disconnect));
  }

  private async process(queue: string, job: Job): Promise<unknown> {
    const handler = this.registry.find(queue, job.name);
    if (!handler) {
      const reason = missingProcessorMessage(queue, job.name);
      this.logger.error({ jobId: job.id, queue, job: job.name }, reason);
      // Unrecoverable: retrying cannot make a processor appear.
      throw new UnrecoverableError(reason);
    }
    return executeJob(
      this.logger,
      handler,
      {
        queue,
        name: job.name,
        id: job.id ?? '',
        attempt: job.attemptsMade + 1,
        maxAttempts: Math.max(1, job.opts.attempts ?? 1),
        data: job.data,
        updateProgress: (percent) => job.updateProgress(percent),
      },
      this.leases,
    );
  }

  private async readyOrThrow(ms: number): Promise<void> {
    if (!(await this.waitUntilReady(ms))) {
      throw new Error(`Redis is not reachable (connection ${this.connection.status}).`);
    }
  }

  private waitUntilReady(ms: number): Promise<boolean> {
    if (this.connection.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.connection.off('ready', onReady);
        resolve(false);
      }, ms);
      this.connection.once('ready', onReady);
    });
  }

  private queueFor(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.options.prefix });
      queue.on('error', (error) =>
        this.logger.error({ queue: name, error: error.message }, 'BullMQ queue error'),
      );
      this.queues.set(name, queue);
    }
    return queue;
  }

  private connect(connectionName: string, extra: RedisOptions): Redis {
    if (!this.options.redisUrl) throw new Error('BullMqJobQueue needs a Redis URL.');
    // BullMQ requires maxRetriesPerRequest: null so that its commands wait for a reconnection instead of erroring.
    const connection = new Redis(this.options.redisUrl, {
      maxRetriesPerRequest: null,
      connectionName,
      // On shutdown with Redis unreachable, do not wait ioredis' default 2 s for a socket that never opened.
      disconnectTimeout: 500,
      ...extra,
    });
    let lastError = '';
    connection.on('error', (error: Error) => {
      // ioredis repeats the same error on every reconnection attempt; log each distinct one once.
      if (error.message === lastError) return;
      lastError = error.message;
      this.logger.error({ connection: connectionName, error: error.message }, 'Redis connection error');
    });
    connection.on('ready', () => {
      lastError = '';
    });
    return connection;
  }
}

const CANCELLABLE_STATES: ReadonlySet<JobState> = new Set(['waiting', 'delayed']);

function toJobState(state: string): JobState {
  switch (state) {
    case 'waiting':
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    case 'active':
    case 'completed':
    case 'failed':
    case 'delayed':
      return state;
    default:
      return 'unknown';
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function disconnect(connection: Redis): Promise<void> {
  // A connection still opening (a very short-lived process) would otherwise fail its own handshake commands
  // after a hard disconnect; give it a moment to open so it can quit cleanly.
  if (connection.status === 'connecting' || connection.status === 'connect') {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        connection.off('ready', done);
        connection.off('error', done);
        resolve();
      };
      const timer = setTimeout(done, 1000);
      connection.once('ready', done);
      connection.once('error', done);
    });
  }
  if (connection.status === 'ready') {
    try {
      await connection.quit();
      return;
    } catch {
      // fall through to a hard disconnect
    }
  }
  connection.disconnect();
}
