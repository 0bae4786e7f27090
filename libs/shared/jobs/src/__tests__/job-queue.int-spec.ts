import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { JobProcessor, type JobContext, type JobHandler } from '../job-processor.decorator';
import { JobQueue, type JobStatus } from '../job-queue';
import { IN_PROCESS_FINISHED_JOBS_KEPT } from '../drivers/in-process-job-queue';
import { JobsModule } from '../jobs.module';
import type { JobName, QueueName } from '../queue-names';

// Test-only names: the drivers accept any string; the production enums stay free of them.
const TEST_QUEUE = 'jobs-spec' as QueueName;
const Jobs = {
  report: 'spec.report-progress' as JobName,
  flaky: 'spec.flaky' as JobName,
  broken: 'spec.broken' as JobName,
  count: 'spec.count' as JobName,
  orphan: 'spec.no-processor' as JobName,
  noop: 'spec.noop' as JobName,
};

/** Lets a test hold a job mid-run to observe it, then release it. */
class Gate {
  private release: (() => void) | null = null;
  readonly opened = new Promise<void>((resolve) => (this.release = resolve));
  open(): void {
    this.release?.();
  }
}

const gates = new Map<string, Gate>();
const runs = new Map<string, number>();
/** When each key's job first started (Date.now()). */
const startedAt = new Map<string, number>();
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
class SpecProcessorsModule {}

const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

async function waitFor(
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

const finished = (status: JobStatus) => status.state === 'completed' || status.state === 'failed';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DELAY_MS = 800;

describe.each([
  { driver: 'bullmq', redisUrl: () => process.env['REDIS_URL'] ?? null },
  { driver: 'in-process', redisUrl: () => null },
])('JobQueue ($driver driver)', ({ driver, redisUrl }) => {
  let moduleRef: TestingModule;
  let jobs: JobQueue;

  beforeAll(async () => {
    if (driver === 'bullmq' && !redisUrl()) throw new Error('REDIS_URL must be set by the Jest global setup');
    moduleRef = await Test.createTestingModule({
      imports: [
        JobsModule.forRoot({
          redisUrl: redisUrl(),
          prefix: process.env['REDIS_PREFIX'] ?? 'kk_jobs_spec',
          runProcessors: true,
          concurrency: 2,
        }),
        SpecProcessorsModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    jobs = moduleRef.get(JobQueue);
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  it(`reports the ${driver} driver as healthy`, async () => {
    await expect(jobs.health()).resolves.toEqual({ driver, ok: true });
  });

  it('runs a job, shows its progress while it runs, and keeps its result', async () => {
    const gate = unique('gate');
    gates.set(gate, new Gate());
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.report, { gate });

    const running = await waitFor(jobs, id, (s) => s.progress === 50);
    expect(running.state).toBe('active');
    gates.get(gate)!.open();

    const done = await waitFor(jobs, id, finished);
    expect(done).toMatchObject({
      id,
      name: Jobs.report,
      state: 'completed',
      progress: 100,
      result: { done: gate },
    });
  });

  it('runs at most `concurrency` jobs of a queue at once; the next waits its turn', async () => {
    const keys = [unique('slot'), unique('slot'), unique('slot')];
    for (const key of keys) gates.set(key, new Gate());
    const ids: string[] = [];
    for (const gate of keys) ids.push((await jobs.enqueue(TEST_QUEUE, Jobs.report, { gate })).id);

    await waitFor(jobs, ids[0], (s) => s.progress === 50);
    await waitFor(jobs, ids[1], (s) => s.progress === 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await jobs.getJob(TEST_QUEUE, ids[2]))?.state).toBe('waiting');

    gates.get(keys[0])!.open();
    await waitFor(jobs, ids[2], (s) => s.progress === 50);
    for (const key of keys) gates.get(key)!.open();
    for (const id of ids) expect((await waitFor(jobs, id, finished)).state).toBe('completed');
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const key = unique('flaky');
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.flaky, { key }, { attempts: 3, backoffMs: 20 });

    const done = await waitFor(jobs, id, finished);
    expect(done.state).toBe('completed');
    expect(done.result).toEqual({ attempt: 3 });
    expect(done.attemptsMade).toBe(3);
    expect(runs.get(key)).toBe(3);
  });

  it('ends a job that keeps failing as failed, with its reason, after its attempts', async () => {
    const key = unique('broken');
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.broken, { key }, { attempts: 2, backoffMs: 20 });

    const done = await waitFor(jobs, id, finished);
    expect(done).toMatchObject({
      state: 'failed',
      attemptsMade: 2,
      failedReason: '取引先データが壊れています',
    });
    expect(runs.get(key)).toBe(2);
  });

  it('runs a job once when it is enqueued twice with the same job id', async () => {
    const key = unique('count');
    const jobId = unique('once');
    const first = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { jobId });
    const second = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { jobId });
    expect(second.id).toBe(first.id);

    await waitFor(jobs, jobId, finished);
    // Enqueuing again after it finished is still a no-op while the job is remembered.
    await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { jobId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs.get(key)).toBe(1);
    expect((await jobs.getJob(TEST_QUEUE, jobId))?.result).toBe(1);
  });

  it('fails a job nobody processes with a clear reason, without retrying it', async () => {
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.orphan, {}, { attempts: 3, backoffMs: 20 });

    const done = await waitFor(jobs, id, finished);
    expect(done.state).toBe('failed');
    expect(done.failedReason).toBe(
      `No processor is registered for job "${Jobs.orphan}" on queue "${TEST_QUEUE}" in this process.`,
    );
    expect(done.attemptsMade).toBe(1);
  });

  it('refuses job ids BullMQ cannot store', async () => {
    await expect(jobs.enqueue(TEST_QUEUE, Jobs.count, { key: 'x' }, { jobId: 'a:b' })).rejects.toThrow(
      /must not contain ":"/,
    );
    await expect(jobs.enqueue(TEST_QUEUE, Jobs.count, { key: 'x' }, { jobId: '42' })).rejects.toThrow(
      /digits/,
    );
  });

  it('answers null for a job it does not know', async () => {
    await expect(jobs.getJob(TEST_QUEUE, unique('missing'))).resolves.toBeNull();
  });

  it('holds a delayed job as delayed, then runs it once, not before its delay', async () => {
    const key = unique('delayed');
    const before = Date.now();
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { delayMs: DELAY_MS });

    expect((await jobs.getJob(TEST_QUEUE, id))?.state).toBe('delayed');
    expect(runs.get(key)).toBeUndefined();

    const done = await waitFor(jobs, id, finished);
    expect(done).toMatchObject({ state: 'completed', result: 1 });
    expect(startedAt.get(key)).toBeGreaterThanOrEqual(before + DELAY_MS);
    await sleep(300);
    expect(runs.get(key)).toBe(1);
  });

  it('keeps the first of two delayed jobs enqueued with the same job id, and runs it once', async () => {
    const [key, otherKey] = [unique('remind'), unique('remind')];
    const jobId = unique('remind-once');
    const first = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { jobId, delayMs: DELAY_MS });
    const second = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key: otherKey }, { jobId, delayMs: 10 });
    expect(second.id).toBe(first.id);
    expect((await jobs.getJob(TEST_QUEUE, jobId))?.state).toBe('delayed');

    await waitFor(jobs, jobId, finished);
    await sleep(300);
    expect(runs.get(key)).toBe(1);
    expect(runs.get(otherKey)).toBeUndefined();
  });

  it('cancels a delayed job so it never runs, and accepts its job id again (a reschedule)', async () => {
    const [key, rescheduledKey] = [unique('cancel'), unique('cancel')];
    const jobId = unique('reminder');
    await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { jobId, delayMs: DELAY_MS });

    await expect(jobs.cancel(TEST_QUEUE, jobId)).resolves.toBe(true);
    await expect(jobs.getJob(TEST_QUEUE, jobId)).resolves.toBeNull();
    await expect(jobs.cancel(TEST_QUEUE, jobId)).resolves.toBe(false);

    // Due after the cancelled one would have been: once it has run, the cancelled one would have too.
    const { id } = await jobs.enqueue(
      TEST_QUEUE,
      Jobs.count,
      { key: rescheduledKey },
      { jobId, delayMs: DELAY_MS + 200 },
    );
    expect(id).toBe(jobId);
    expect((await jobs.getJob(TEST_QUEUE, jobId))?.state).toBe('delayed');
    expect(await waitFor(jobs, jobId, finished)).toMatchObject({ state: 'completed', result: 1 });
    expect(runs.get(rescheduledKey)).toBe(1);
    expect(runs.get(key)).toBeUndefined();
  });

  it('cancels a delayed job enqueued without a job id, by the id it was given', async () => {
    const key = unique('cancel-generated');
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key }, { delayMs: 300 });

    await expect(jobs.cancel(TEST_QUEUE, id)).resolves.toBe(true);
    await sleep(600);
    await expect(jobs.getJob(TEST_QUEUE, id)).resolves.toBeNull();
    expect(runs.get(key)).toBeUndefined();
  });

  it('does not cancel a running job (it finishes) nor a finished one', async () => {
    const gate = unique('gate');
    gates.set(gate, new Gate());
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.report, { gate });
    await waitFor(jobs, id, (s) => s.state === 'active' && s.progress === 50);

    await expect(jobs.cancel(TEST_QUEUE, id)).resolves.toBe(false);
    gates.get(gate)!.open();
    expect(await waitFor(jobs, id, finished)).toMatchObject({ state: 'completed', result: { done: gate } });

    await expect(jobs.cancel(TEST_QUEUE, id)).resolves.toBe(false);
    expect((await jobs.getJob(TEST_QUEUE, id))?.state).toBe('completed');
  });

  it('answers false when cancelling a job it does not know', async () => {
    await expect(jobs.cancel(TEST_QUEUE, unique('missing'))).resolves.toBe(false);
  });

  it('refuses a delay that is not a number of milliseconds', async () => {
    await expect(
      jobs.enqueue(TEST_QUEUE, Jobs.count, { key: 'x' }, { delayMs: Number.POSITIVE_INFINITY }),
    ).rejects.toThrow(/delayMs must be a finite number/);
  });
});

describe('JobQueue (in-process driver) delays longer than a timer can wait', () => {
  let moduleRef: TestingModule;

  beforeAll(() => {
    jest.useFakeTimers({ now: new Date('2025-04-01T00:00:00Z') });
  });

  afterAll(async () => {
    await moduleRef?.close();
    jest.useRealTimers();
  });

  it('keeps a job delayed for 40 days until the 40 days have passed, then runs it', async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        JobsModule.forRoot({ redisUrl: null, prefix: 'unused', runProcessors: true }),
        SpecProcessorsModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    const jobs = moduleRef.get(JobQueue);
    const day = 24 * 3600 * 1000;

    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.noop, { n: 40 }, { delayMs: 40 * day });
    // Past setTimeout's limit (about 24.8 days), a single timer would fire at once.
    await jest.advanceTimersByTimeAsync(39 * day);
    expect((await jobs.getJob(TEST_QUEUE, id))?.state).toBe('delayed');

    await jest.advanceTimersByTimeAsync(day);
    expect(await jobs.getJob(TEST_QUEUE, id)).toMatchObject({ state: 'completed', result: 40 });
  });
});

describe('JobQueue (in-process driver) memory', () => {
  let moduleRef: TestingModule;

  afterAll(async () => {
    await moduleRef?.close();
  });

  it(`remembers the latest ${IN_PROCESS_FINISHED_JOBS_KEPT} finished jobs and forgets older ones`, async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        JobsModule.forRoot({ redisUrl: null, prefix: 'unused', runProcessors: true }),
        SpecProcessorsModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    const jobs = moduleRef.get(JobQueue);

    const ids: string[] = [];
    for (let n = 0; n < IN_PROCESS_FINISHED_JOBS_KEPT + 5; n++) {
      ids.push((await jobs.enqueue(TEST_QUEUE, Jobs.noop, { n })).id);
    }
    await waitFor(jobs, ids[ids.length - 1], finished);

    await expect(jobs.getJob(TEST_QUEUE, ids[0])).resolves.toBeNull();
    await expect(jobs.getJob(TEST_QUEUE, ids[4])).resolves.toBeNull();
    expect(await jobs.getJob(TEST_QUEUE, ids[5])).toMatchObject({ state: 'completed', result: 5 });
  });
});

describe('JobQueue (bullmq driver, runProcessors: false, as in the API)', () => {
  let moduleRef: TestingModule;

  afterAll(async () => {
    await moduleRef?.close();
  });

  it('only enqueues: the job waits for apps/worker', async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        JobsModule.forRoot({
          redisUrl: process.env['REDIS_URL'] ?? null,
          // Its own prefix, so the consuming modules of the other suites in this file cannot take the job.
          prefix: `${process.env['REDIS_PREFIX'] ?? 'kk_jobs_spec'}:producer`,
          runProcessors: false,
        }),
        SpecProcessorsModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    const jobs = moduleRef.get(JobQueue);
    const key = unique('producer');

    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.count, { key });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await jobs.getJob(TEST_QUEUE, id))?.state).toBe('waiting');
    expect(runs.get(key)).toBeUndefined();
  });
});
