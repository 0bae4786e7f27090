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

/** The work behind one job name. Throw to fail the attempt (it is retried while attempts remain). */
export interface JobHandler<T = unknown> {
  handle(data: T, context: JobContext): Promise<unknown>;
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
