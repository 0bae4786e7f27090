import type { Logger } from '@nestjs/common';
import type { JobFailure, JobHandler } from '../job-processor.decorator';

/** What executeJob needs of the leases (see JobLeases): none when the process keeps none. */
export interface LeaseHolder {
  hold(run: JobRun): Promise<{ stop(): void }>;
  release(run: JobRun): Promise<void>;
}

export interface JobRun {
  queue: string;
  name: string;
  id: string;
  /** 1-based */
  attempt: number;
  maxAttempts: number;
  data: unknown;
  updateProgress(percent: number): Promise<void>;
}

/**
 * Runs one attempt of a job and logs it the same way for both drivers (info, or debug for a `frequent` handler),
 * holding the job's lease while it runs. When the last attempt fails, tells the handler (`onFailed`) before
 * rethrowing its error; the lease is released once the job has ended either way.
 */
export async function executeJob(
  logger: Logger,
  handler: JobHandler,
  run: JobRun,
  leases: LeaseHolder | null = null,
): Promise<unknown> {
  const fields = {
    jobId: run.id,
    queue: run.queue,
    job: run.name,
    attempt: run.attempt,
    maxAttempts: run.maxAttempts,
  };
  const started = performance.now();
  // A frequent job's routine lines go to debug; its failures below keep their level.
  const routine = (entry: object, message: string) =>
    handler.frequent ? logger.debug(entry, message) : logger.log(entry, message);
  routine(fields, 'Job started');
  // A frequent job (every few seconds, on a schedule) is not leased: its next tick redoes what a lost run missed, and
  // two writes per run would be most of the table's traffic.
  const leased = handler.frequent ? null : leases;
  const lease = leased ? await leased.hold(run) : null;
  try {
    const result = await handler.handle(run.data, {
      id: run.id,
      attempt: run.attempt,
      maxAttempts: run.maxAttempts,
      updateProgress: (percent) => run.updateProgress(clampProgress(percent)),
    });
    routine({ ...fields, durationMs: elapsed(started) }, 'Job completed');
    lease?.stop();
    await leased?.release(run);
    return result;
  } catch (error) {
    const final = run.attempt >= run.maxAttempts;
    const entry = { ...fields, durationMs: elapsed(started), error: errorMessage(error) };
    if (final) logger.error(entry, 'Job failed');
    else logger.warn(entry, 'Job attempt failed; it will be retried');
    if (final) {
      await reportFailure(logger, handler, run, { kind: 'error', reason: errorMessage(error) });
      lease?.stop();
      await leased?.release(run);
    }
    throw error;
  } finally {
    lease?.stop();
  }
}

/** Tells the handler its job failed for good; its own failure to record that is logged, never thrown. */
export async function reportFailure(
  logger: Logger,
  handler: JobHandler,
  run: Pick<JobRun, 'queue' | 'name' | 'id' | 'data'>,
  failure: JobFailure,
): Promise<void> {
  if (!handler.onFailed) return;
  try {
    await handler.onFailed(run.data, failure);
  } catch (error) {
    logger.error(
      { jobId: run.id, queue: run.queue, job: run.name, failure: failure.kind, error: errorMessage(error) },
      'Could not record the job’s failure',
    );
  }
}

export function clampProgress(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, percent));
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The processor-missing failure: a configuration mistake, so it is not retried. */
export function missingProcessorMessage(queue: string, name: string): string {
  return `No processor is registered for job "${name}" on queue "${queue}" in this process.`;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
