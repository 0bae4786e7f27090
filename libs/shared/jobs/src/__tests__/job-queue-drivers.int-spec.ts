// What is particular to each JobQueue driver: the in-process driver's long delays and bounded memory, and the
// bullmq driver that only enqueues (as in the API). Both drivers' common behaviour: job-queue.int-spec.ts.
import { Test, type TestingModule } from '@nestjs/testing';
import { IN_PROCESS_FINISHED_JOBS_KEPT } from '../drivers/in-process-job-queue';
import { JobQueue } from '../job-queue';
import { JobsModule } from '../jobs.module';
import { finished, Jobs, runs, SpecProcessorsModule, TEST_QUEUE, unique, waitFor } from './job-queue-kit';

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
