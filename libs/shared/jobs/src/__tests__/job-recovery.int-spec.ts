// Leases and recovery (src/recovery) on this run's PostgreSQL, with both drivers: a job failed for good is handed to
// its handler's onFailed, and a job that was running when its process died and that its queue no longer knows (Redis
// lost it, the in-process runner restarted) runs again, or is failed as lost once it was recovered too often.
// Real worker processes killed mid-job: libs/referrals/src/imports/__tests__/import-worker-crash.int-spec.ts.
import { createScratchDatabase } from '@kakehashi/testing';
import { Injectable, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JobProcessor, type JobFailure, type JobHandler } from '../job-processor.decorator';
import { JobQueue } from '../job-queue';
import { JobsModule } from '../jobs.module';
import type { JobName, QueueName } from '../queue-names';
import { JobRecoveryService } from '../recovery/job-recovery.service';

const TEST_QUEUE = 'jobs-recovery-spec' as QueueName;
const Jobs = {
  gated: 'spec.recovery-gated' as JobName,
  broken: 'spec.recovery-broken' as JobName,
};

const released = new Set<string>();
const runs = new Map<string, number>();
const failures = new Map<string, JobFailure[]>();

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.gated)
class GatedProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }): Promise<unknown> {
    runs.set(data.key, (runs.get(data.key) ?? 0) + 1);
    while (!released.has(data.key)) await new Promise((resolve) => setTimeout(resolve, 20));
    return 'done';
  }

  async onFailed(data: { key: string }, failure: JobFailure): Promise<void> {
    failures.set(data.key, [...(failures.get(data.key) ?? []), failure]);
  }
}

@Injectable()
@JobProcessor(TEST_QUEUE, Jobs.broken)
class BrokenProcessor implements JobHandler<{ key: string }> {
  async handle(data: { key: string }): Promise<unknown> {
    runs.set(data.key, (runs.get(data.key) ?? 0) + 1);
    throw new Error('取引先データが壊れています');
  }

  async onFailed(data: { key: string }, failure: JobFailure): Promise<void> {
    failures.set(data.key, [...(failures.get(data.key) ?? []), failure]);
  }
}

@Module({ providers: [GatedProcessor, BrokenProcessor] })
class RecoveryProcessorsModule {}

const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const LEASE_MS = 600;

// On a database of its own: every process that runs jobs sweeps its database's leases, so on the run's shared
// database another test file's process could take over this file's "lost" job into its own queue.
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
beforeAll(async () => {
  database = await createScratchDatabase();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    // The table as the migration creates it (the rest of that migration concerns other tables).
    const migration = readFileSync(
      join(__dirname, '../../../../../prisma/migrations/20261206000000_job_leases/up.sql'),
      'utf8',
    );
    await client.query(/CREATE TABLE "job_leases" \([\s\S]*?\n\);/.exec(migration)![0]);
  } finally {
    await client.end();
  }
});
afterAll(() => database?.drop());

describe.each([
  { driver: 'bullmq', redisUrl: () => process.env['REDIS_URL'] ?? null },
  { driver: 'in-process', redisUrl: () => null },
])('job leases and recovery ($driver driver)', ({ driver, redisUrl }) => {
  let moduleRef: TestingModule;
  let jobs: JobQueue;
  let dataSource: DataSource;

  beforeAll(async () => {
    if (driver === 'bullmq' && !redisUrl()) throw new Error('REDIS_URL must be set by the Jest global setup');
    moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: database.url, entities: [] }),
        JobsModule.forRoot({
          redisUrl: redisUrl(),
          prefix: `${process.env['REDIS_PREFIX'] ?? 'kk_jobs_spec'}:recovery:${randomBytes(3).toString('hex')}`,
          runProcessors: true,
          recovery: { leaseMs: LEASE_MS, sweepIntervalMs: 200 },
        }),
        RecoveryProcessorsModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    jobs = moduleRef.get(JobQueue);
    dataSource = moduleRef.get(DataSource);
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  const leaseOf = async (jobId: string) => {
    const rows = await dataSource.query<{ attempt: number; recoveries: number; expiresInMs: number }[]>(
      `SELECT "attempt", "recoveries",
              (extract(epoch FROM "lease_expires_at" - now()) * 1000)::int AS "expiresInMs"
         FROM "job_leases" WHERE "queue" = $1 AND "job_id" = $2`,
      [TEST_QUEUE, jobId],
    );
    return rows[0] ?? null;
  };

  /** What a process that died while running the job leaves behind: an expired lease its queue knows nothing of. */
  const leftByDeadProcess = (jobId: string, name: JobName, key: string, recoveries = 0) =>
    dataSource.query(
      `INSERT INTO "job_leases" ("queue", "job_id", "name", "data", "attempt", "max_attempts", "recoveries",
                                 "lease_expires_at")
       VALUES ($1, $2, $3, $4::jsonb, 1, 3, $5, now() - interval '1 second')`,
      [TEST_QUEUE, jobId, name, JSON.stringify({ key }), recoveries],
    );

  it('holds a lease while a job runs, renews it, and releases it when the job completes', async () => {
    const key = unique('lease');
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.gated, { key }, { jobId: key });
    await eventually(
      () => leaseOf(id),
      (lease) => lease !== null,
    );
    // Longer than the lease: only its renewal keeps it alive, so no sweep takes the running job for lost.
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 2));
    expect(await leaseOf(id)).toMatchObject({ attempt: 1, recoveries: 0, expiresInMs: expect.any(Number) });
    expect((await leaseOf(id))!.expiresInMs).toBeGreaterThan(0);
    expect(runs.get(key)).toBe(1);

    released.add(key);
    await eventually(
      () => leaseOf(id),
      (lease) => lease === null,
    );
    expect((await jobs.getJob(TEST_QUEUE, id))?.state).toBe('completed');
  });

  it('tells the handler once when the last attempt fails, and releases the lease', async () => {
    const key = unique('broken');
    const { id } = await jobs.enqueue(TEST_QUEUE, Jobs.broken, { key }, { attempts: 2, backoffMs: 10 });
    await eventually(
      () => jobs.getJob(TEST_QUEUE, id),
      (status) => status?.state === 'failed',
    );
    await eventually(
      () => failures.get(key) ?? [],
      (list) => list.length > 0,
    );
    await moduleRef.get(JobRecoveryService).sweep();
    expect(failures.get(key)).toEqual([{ kind: 'error', reason: '取引先データが壊れています' }]);
    expect(runs.get(key)).toBe(2);
    expect(await leaseOf(id)).toBeNull();
  });

  it('runs again a job that was running when its process died and its queue lost it', async () => {
    const key = unique('lost');
    released.add(key);
    await leftByDeadProcess(key, Jobs.gated, key);

    await eventually(
      () => jobs.getJob(TEST_QUEUE, key),
      (status) => status?.state === 'completed',
    );
    expect(runs.get(key)).toBe(1);
    expect(failures.get(key)).toBeUndefined();
    await eventually(
      () => leaseOf(key),
      (lease) => lease === null,
    );
  });

  it('fails as lost, through onFailed, a job recovered as often as it may be attempted', async () => {
    const key = unique('lost-again');
    await leftByDeadProcess(key, Jobs.gated, key, 3);

    await eventually(
      () => failures.get(key) ?? [],
      (list) => list.length > 0,
    );
    expect(failures.get(key)).toEqual([{ kind: 'lost', reason: expect.any(String) }]);
    expect(runs.get(key)).toBeUndefined();
    await eventually(
      () => leaseOf(key),
      (lease) => lease === null,
    );
  });
});
