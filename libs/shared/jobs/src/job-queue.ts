import type { JobName, QueueName } from './queue-names';

export interface EnqueueOptions {
  /** Idempotency: a job with the same id that is still known is not queued twice. */
  jobId?: string;
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

  abstract health(): Promise<QueueHealth>;
}
