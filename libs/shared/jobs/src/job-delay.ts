import type { EnqueueOptions } from './job-queue';

/** The delay both drivers apply: whole milliseconds, rounded up so a job never runs early; 0 for none. */
export function delayOf(options: EnqueueOptions): number {
  const delayMs = options.delayMs;
  if (delayMs === undefined) return 0;
  if (!Number.isFinite(delayMs)) {
    throw new Error(`Invalid job delay ${delayMs}: delayMs must be a finite number of milliseconds.`);
  }
  return delayMs > 0 ? Math.ceil(delayMs) : 0;
}
