import { Test, type TestingModule } from '@nestjs/testing';
import { JobQueue } from '../job-queue';
import { JobsModule } from '../jobs.module';
import {
  DELAY_MS,
  finished,
  Gate,
  gates,
  Jobs,
  runs,
  sleep,
  SpecProcessorsModule,
  startedAt,
  TEST_QUEUE,
  unique,
  waitFor,
} from './job-queue-kit';

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
