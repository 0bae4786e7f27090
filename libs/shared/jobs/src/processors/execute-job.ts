import type { Logger } from '@nestjs/common';
import type { JobHandler } from '../job-processor.decorator';

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
 * Runs one attempt of a job and logs it the same way for both drivers (info, or debug for a `frequent` handler).
 * Rethrows the handler's error.
 */
export async function executeJob(logger: Logger, handler: JobHandler, run: JobRun): Promise<unknown> {
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
  try {
    const result = await handler.handle(run.data, {
      id: run.id,
      attempt: run.attempt,
      maxAttempts: run.maxAttempts,
      updateProgress: (percent) => run.updateProgress(clampProgress(percent)),
    });
    routine({ ...fields, durationMs: elapsed(started) }, 'Job completed');
    return result;
  } catch (error) {
    const final = run.attempt >= run.maxAttempts;
    const entry = { ...fields, durationMs: elapsed(started), error: errorMessage(error) };
    if (final) logger.error(entry, 'Job failed');
    else logger.warn(entry, 'Job attempt failed; it will be retried');
    throw error;
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
