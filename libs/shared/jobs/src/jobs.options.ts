export interface JobsModuleOptions {
  /** null: run jobs in-process, in this process. */
  redisUrl: string | null;
  /** Prefix of every Redis key (BullMQ `prefix`), so environments and test runs can share a Redis. */
  prefix: string;
  /** With Redis: start BullMQ workers in this process (apps/worker) or only enqueue (the API). */
  runProcessors: boolean;
  /** Jobs run at once per queue by a BullMQ worker (default 2). */
  concurrency?: number;
  /** Leases of running jobs and their recovery sweep (defaults: DEFAULT_LEASE_MS, DEFAULT_SWEEP_INTERVAL_MS). */
  recovery?: { leaseMs?: number; sweepIntervalMs?: number };
}

export const JOBS_MODULE_OPTIONS = Symbol('JOBS_MODULE_OPTIONS');

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;
export const DEFAULT_CONCURRENCY = 2;
