// The test processors and helpers the JobQueue integration tests share (job-queue.int-spec.ts for both drivers,
// job-queue-drivers.int-spec.ts for what is particular to each).
import { Injectable, Module } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { JobProcessor, type JobContext, type JobHandler } from '../job-processor.decorator';
import { JobQueue, type JobStatus } from '../job-queue';
import type { JobName, QueueName } from '../queue-names';

// Test-only names: the drivers accept any string; the production enums stay free of them.
export const TEST_QUEUE = 'jobs-spec' as QueueName;
export const Jobs = {
  report: 'spec.report-progress' as JobName,
  flaky: 'spec.flaky' as JobName,
  broken: 'spec.broken' as JobName,
  count: 'spec.count' as JobName,
  orphan: 'spec.no-processor' as JobName,
  noop: 'spec.noop' as JobName,
};

/** Lets a test hold a job mid-run to observe it, then release it. */
export class Gate {
  private release: (() => void) | null = null;
  readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  open(): void {
    this.release?.();
  }
}

export const gates = new Map<string, Gate>();
export const runs = new Map<string, number>();
/** When each key's job first started (Date.now()). */
export const startedAt = new Map<string, number>();
const countRun = (key: string) => {
  const n = (runs.get(key) ?? 0) + 1;
  runs.set(key, n);
  return n;
};

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.report)
class ReportProgressProcessor implements JobHandler<{ gate: string }> {
  async handle(data: { gate: string }, context: JobContext): Promise<unknown> {
    await context.updateProgress(50);
    await gates.get(data.gate)?.opened;
    await context.updateProgress(100);
    return { done: data.gate };
  }
}

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.flaky)
class FlakyProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }, context: JobContext): Promise<unknown> {
    countRun(data.key);
    if (context.attempt < 3) throw new Error(`transient failure on attempt ${context.attempt}`);
    return { attempt: context.attempt };
  }
}

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.broken)
class BrokenProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }): Promise<unknown> {
    countRun(data.key);
    throw new Error('取引先データが壊れています');
  }
}

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.count)
class CountProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }): Promise<unknown> {
    if (!startedAt.has(data.key)) startedAt.set(data.key, Date.now());
    await new Promise((resolve) => setTimeout(resolve, 50));
    return countRun(data.key);
  }
}

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.noop)
class NoopProcessor implements JobHandler<{ n: number }> {
  async handle(data: { n: number }): Promise<unknown> {
    return data.n;
  }
}

@Module({
  providers: [ReportProgressProcessor, FlakyProcessor, BrokenProcessor, CountProcessor, NoopProcessor],
})
export class SpecProcessorsModule {}

export const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

export async function waitFor(
  jobs: JobQueue,
  id: string,
  until: (status: JobStatus) => boolean,
  timeoutMs = 15_000,
): Promise<JobStatus> {
  const deadline = Date.now() + timeoutMs;
  let last: JobStatus | null = null;
  while (Date.now() < deadline) {
    last = await jobs.getJob(TEST_QUEUE, id);
    if (last && until(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`job ${id} did not reach the expected status in time; last: ${JSON.stringify(last)}`);
}

export const finished = (status: JobStatus) => status.state === 'completed' || status.state === 'failed';
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const DELAY_MS = 800;
