import { DiscoveryService } from '@nestjs/core';
import type { JobName, QueueName } from './queue-names';

/** What a handler learns about the run it is part of. */
export interface JobContext {
  id: string;
  /** 1 on the first try, 2 on the first retry, … */
  attempt: number;
  /**
   * Tries allowed in all: `attempt === maxAttempts` is the last one (a failure then is final). Both drivers set it;
   * a context made by hand without it means no retry follows.
   */
  maxAttempts?: number;
  /** Reports 0..100 to whoever polls `JobQueue.getJob` (clamped). */
  updateProgress(percent: number): Promise<void>;
}

/**
 * Why a job failed for good: its last attempt threw (`error`), BullMQ gave up on it after its worker died during it
 * too often (`stalled`), or it was running when its queue lost it (Redis data loss, a restart of the in-process
 * runner) and could not be resumed (`lost`). `reason` is technical (English): a handler words its own Japanese one.
 */
export interface JobFailure {
  kind: 'error' | 'stalled' | 'lost';
  reason: string;
}

/** The work behind one job name. Throw to fail the attempt (it is retried while attempts remain). */
export interface JobHandler<T = unknown> {
  handle(data: T, context: JobContext): Promise<unknown>;
  /**
   * Called once the job has failed for good, whatever the way (see JobFailure), possibly in another process than the
   * one that ran it and possibly more than once: it must be idempotent (e.g. mark the job's row FAILED, with a
   * Japanese reason, only while it is still QUEUED or RUNNING). Without it, a row the job left RUNNING stays so.
   */
  onFailed?(data: T, failure: JobFailure): Promise<void>;
  /**
   * A job that runs every few seconds (e.g. the statistics refresh): its "Job started" / "Job completed" lines are
   * logged at debug instead of info, so they do not drown the log. Failures are still logged as warnings and errors.
   */
  readonly frequent?: boolean;
}

export interface JobProcessorTarget {
  queue: QueueName;
  name: JobName;
}

/** Discoverable through `DiscoveryService.getProviders({ metadataKey })` wherever the provider is declared. */
export const JobProcessorMetadata = DiscoveryService.createDecorator<JobProcessorTarget>();

/**
 * Marks an @Injectable provider implementing `JobHandler` as the one that runs `name` jobs on `queue`. The provider
 * may live in any module; JobsModule finds it at boot.
 */
export const JobProcessor = (queue: QueueName, name: JobName): ClassDecorator =>
  JobProcessorMetadata({ queue, name }) as ClassDecorator;
