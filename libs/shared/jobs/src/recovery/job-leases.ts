import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JOBS_MODULE_OPTIONS, type JobsModuleOptions } from '../jobs.options';
import { errorMessage, type JobRun } from '../processors/execute-job';
import { JobLeaseStore } from './job-lease.store';

/** A job's lease lasts this long unless renewed: the time after which a job its queue lost is resumed. */
export const DEFAULT_LEASE_MS = 15_000;
/** Leases are checked this often (and once at start) by every process that runs jobs. */
export const DEFAULT_SWEEP_INTERVAL_MS = 10_000;

/** The lease a running job holds; stop() ends its renewal. */
export interface HeldLease {
  stop(): void;
}

/**
 * Leases of running jobs (see JobLeaseStore), when this process has a database: both drivers take one as an attempt
 * starts, renew it while the handler works (a third of the lease, so two missed renewals still keep it) and release
 * it when the job ends. A database hiccup is logged and never fails the job itself.
 */
@Injectable()
export class JobLeases {
  private readonly logger = new Logger('Jobs');
  readonly store: JobLeaseStore | null;
  readonly leaseMs: number;
  readonly sweepIntervalMs: number;

  constructor(@Inject(JOBS_MODULE_OPTIONS) options: JobsModuleOptions, @Optional() dataSource?: DataSource) {
    this.store = dataSource ? new JobLeaseStore(dataSource) : null;
    this.leaseMs = options.recovery?.leaseMs ?? DEFAULT_LEASE_MS;
    this.sweepIntervalMs = options.recovery?.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
  }

  async hold(run: JobRun): Promise<HeldLease> {
    const store = this.store;
    if (!store) return { stop: () => undefined };
    const { queue, id: jobId } = run;
    await store
      .take(
        { queue, jobId, name: run.name, data: run.data, attempt: run.attempt, maxAttempts: run.maxAttempts },
        this.leaseMs,
      )
      .catch((error: unknown) => this.warn(run, 'Could not take the job’s lease', error));
    const timer = setInterval(
      () => {
        store
          .renew(queue, jobId, this.leaseMs)
          .catch((error: unknown) => this.warn(run, 'Could not renew the job’s lease', error));
      },
      Math.max(100, Math.floor(this.leaseMs / 3)),
    );
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  async release(run: Pick<JobRun, 'queue' | 'id' | 'name'>): Promise<void> {
    await this.store
      ?.release(run.queue, run.id)
      .catch((error: unknown) => this.warn(run, 'Could not release the job’s lease', error));
  }

  private warn(run: Pick<JobRun, 'queue' | 'id' | 'name'>, message: string, error: unknown): void {
    this.logger.warn({ jobId: run.id, queue: run.queue, job: run.name, error: errorMessage(error) }, message);
  }
}
