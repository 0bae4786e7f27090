import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { assertValidJobId } from '../job-ids';
import type { JobFailure } from '../job-processor.decorator';
import { JobQueue } from '../job-queue';
import { errorMessage, reportFailure } from '../processors/execute-job';
import { JobProcessorRegistry } from '../processors/job-processor.registry';
import type { JobName, QueueName } from '../queue-names';
import type { JobLease } from './job-lease.store';
import { JobLeases } from './job-leases';

/** BullMQ's reason for a job whose worker died during it more often than `maxStalledCount` allows. */
const STALLED_REASON = 'job stalled more than allowable limit';

/**
 * Every process that runs jobs checks the leases of started jobs, at start and every `sweepIntervalMs`, so that no
 * job's row is left RUNNING for good:
 * - a job the queue failed while no handler was there to hear it (BullMQ gave up after its workers died during it) is
 *   handed to its handler's `onFailed`;
 * - a job the queue no longer knows (Redis lost its data, the in-process runner restarted) whose lease expired (no
 *   living process runs it) is queued again with its data and the attempts it had left, or, once it has been
 *   recovered as often as it may be attempted, handed to `onFailed` as lost.
 * A job the queue still knows as waiting, delayed or active is left to it (BullMQ's stall detection resumes a job
 * whose worker died). Several processes may sweep at once: an expired lease is taken over by one of them only.
 */
@Injectable()
export class JobRecoveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly leases: JobLeases,
    private readonly queue: JobQueue,
    private readonly registry: JobProcessorRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.leases.store || !this.queue.processesJobs) return;
    void this.sweepSafely();
    this.timer = setInterval(() => void this.sweepSafely(), this.leases.sweepIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** One pass over the leases; exposed for tests. A lease that cannot be handled now is tried again next time. */
  async sweep(): Promise<void> {
    const store = this.leases.store;
    if (!store) return;
    for (const lease of await store.list()) {
      await this.check(lease).catch((error: unknown) =>
        this.logger.warn(
          { jobId: lease.jobId, queue: lease.queue, job: lease.name, error: errorMessage(error) },
          'Could not recover the job; the next sweep tries again',
        ),
      );
    }
  }

  private async check(lease: JobLease): Promise<void> {
    const status = await this.queue.getJob(lease.queue as QueueName, lease.jobId);
    if (status?.state === 'completed') {
      await this.leases.store?.release(lease.queue, lease.jobId);
    } else if (status?.state === 'failed') {
      const reason = status.failedReason ?? 'failed';
      await this.fail(lease, { kind: reason === STALLED_REASON ? 'stalled' : 'error', reason });
    } else if (
      !status &&
      lease.expired &&
      (await this.leases.store?.takeOver(lease.queue, lease.jobId, this.leases.leaseMs))
    ) {
      await this.recoverLost(lease);
    }
  }

  private async recoverLost(lease: JobLease): Promise<void> {
    const fields = {
      jobId: lease.jobId,
      queue: lease.queue,
      job: lease.name,
      recoveries: lease.recoveries + 1,
    };
    if (lease.recoveries >= lease.maxAttempts) {
      this.logger.error(fields, 'Job lost by its queue too often; it is failed');
      await this.fail(lease, { kind: 'lost', reason: 'the queue lost the job while it was running' });
      return;
    }
    // The attempt that was running when its process died gets another go: it had not failed.
    const attempts = Math.max(1, lease.maxAttempts - lease.attempt + 1);
    const keepsId = isReusableJobId(lease.jobId);
    const { id } = await this.queue.enqueue(
      lease.queue as QueueName,
      lease.name as JobName,
      (lease.data ?? {}) as object,
      keepsId ? { jobId: lease.jobId, attempts } : { attempts },
    );
    // A generated id cannot be given again: the new job takes its own lease, this one goes.
    if (!keepsId) await this.leases.store?.release(lease.queue, lease.jobId);
    this.logger.warn(
      { ...fields, newJobId: id, attempts },
      'Job lost by its queue while running; queued again',
    );
  }

  private async fail(lease: JobLease, failure: JobFailure): Promise<void> {
    const handler = this.registry.find(lease.queue, lease.name);
    // Another process runs this queue's jobs and will hear of it.
    if (!handler) return;
    await reportFailure(
      this.logger,
      handler,
      { queue: lease.queue, name: lease.name, id: lease.jobId, data: lease.data },
      failure,
    );
    await this.leases.store?.release(lease.queue, lease.jobId);
    this.logger.warn(
      { jobId: lease.jobId, queue: lease.queue, job: lease.name, failure: failure.kind },
      'Job failed for good; its owner was told',
    );
  }

  private sweepSafely(): Promise<void> {
    if (this.sweeping) return this.sweeping;
    this.sweeping = this.sweep()
      .catch((error: unknown) =>
        this.logger.warn({ error: errorMessage(error) }, 'Job recovery sweep failed'),
      )
      .finally(() => (this.sweeping = null));
    return this.sweeping;
  }
}

function isReusableJobId(id: string): boolean {
  try {
    assertValidJobId(id);
    return true;
  } catch {
    return false;
  }
}
