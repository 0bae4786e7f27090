import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { JobProcessor, type JobHandler } from '../job-processor.decorator';
import { JobQueue } from '../job-queue';
import { JobsModule } from '../jobs.module';
import type { JobName, QueueName } from '../queue-names';

// Test-only names: the drivers accept any string; the production enums stay free of them.
const TEST_QUEUE = 'jobs-schedule-spec' as QueueName;
const TICK = 'spec.tick' as JobName;

const ticks = new Map<string, number>();

@Injectable()
@JobProcessor(TEST_QUEUE, TICK)
class TickProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }): Promise<unknown> {
    ticks.set(data.key, (ticks.get(data.key) ?? 0) + 1);
    return null;
  }
}

@Module({ providers: [TickProcessor] })
class SpecProcessorsModule {}

const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return;
    await sleep(50);
  }
  throw new Error('condition not reached in time');
}

async function jobQueueModule(redisUrl: string | null, runProcessors: boolean): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      JobsModule.forRoot({
        redisUrl,
        prefix: `${process.env['REDIS_PREFIX'] ?? 'kk_jobs_spec'}:schedule`,
        runProcessors,
      }),
      SpecProcessorsModule,
    ],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return moduleRef;
}

describe.each([
  { driver: 'bullmq', redisUrl: () => process.env['REDIS_URL'] ?? null },
  { driver: 'in-process', redisUrl: () => null },
])('JobQueue schedules ($driver driver)', ({ driver, redisUrl }) => {
  let moduleRef: TestingModule;
  let jobs: JobQueue;

  beforeAll(async () => {
    if (driver === 'bullmq' && !redisUrl()) throw new Error('REDIS_URL must be set by the Jest global setup');
    moduleRef = await jobQueueModule(redisUrl(), true);
    jobs = moduleRef.get(JobQueue);
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  it('keeps a daily schedule in Tokyo time, replaces it when registered again, and removes it', async () => {
    const id = unique('nightly');
    const scheduled = await jobs.schedule(TEST_QUEUE, TICK, { key: id }, id, { cron: '0 2 * * *' });
    expect(scheduled).toMatchObject({ id, queue: TEST_QUEUE, name: TICK, cron: '0 2 * * *' });
    expect(scheduled.timezone).toBe('Asia/Tokyo');
    // 02:00 in Tokyo is 17:00 UTC the day before, within the next 24 hours.
    expect(scheduled.next?.toISOString()).toMatch(/T17:00:00\.000Z$/);
    expect(scheduled.next!.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);

    await jobs.schedule(TEST_QUEUE, TICK, { key: id }, id, { cron: '30 3 * * 1' });
    expect(await jobs.getSchedule(TEST_QUEUE, id)).toMatchObject({
      cron: '30 3 * * 1',
      timezone: 'Asia/Tokyo',
    });

    await expect(jobs.unschedule(TEST_QUEUE, id)).resolves.toBe(true);
    await expect(jobs.getSchedule(TEST_QUEUE, id)).resolves.toBeNull();
    await expect(jobs.unschedule(TEST_QUEUE, id)).resolves.toBe(false);
  });

  it('adds the job on every tick while scheduled, and no more once removed', async () => {
    const id = unique('every-second');
    await jobs.schedule(TEST_QUEUE, TICK, { key: id }, id, { cron: '* * * * * *' });
    await waitUntil(() => (ticks.get(id) ?? 0) >= 2, 10_000);

    await jobs.unschedule(TEST_QUEUE, id);
    // A tick already added may still be running; after that, nothing.
    await sleep(1200);
    const after = ticks.get(id) ?? 0;
    await sleep(2200);
    expect(ticks.get(id)).toBe(after);
  });

  it('refuses a pattern that is not a cron schedule, naming it', async () => {
    await expect(jobs.schedule(TEST_QUEUE, TICK, {}, unique('bad'), { cron: '61 * * * *' })).rejects.toThrow(
      /Invalid cron schedule "61 \* \* \* \*"/,
    );
    await expect(
      jobs.schedule(TEST_QUEUE, TICK, {}, unique('bad'), { cron: '0 2 * * *', timezone: 'Mars/Olympus' }),
    ).rejects.toThrow(/Invalid cron schedule/);
  });

  it('says this process runs jobs (it consumes them)', () => {
    expect(jobs.processesJobs).toBe(true);
  });
});

describe('JobQueue schedules (bullmq driver, runProcessors: false, as in the API)', () => {
  let moduleRef: TestingModule;

  afterAll(async () => {
    await moduleRef?.close();
  });

  it('says this process does not run jobs, so schedules are left to the worker', async () => {
    moduleRef = await jobQueueModule(process.env['REDIS_URL'] ?? null, false);
    expect(moduleRef.get(JobQueue).processesJobs).toBe(false);
  });
});
