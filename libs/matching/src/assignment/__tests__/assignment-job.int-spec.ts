// The job's edge cases, attempt by attempt (the processor called as the queue calls it), and the nightly schedule
// as each kind of process registers it.
import { AppConfig, validateEnvironment } from '@kakehashi/config';
import { JobName, JobQueue, QueueName, type JobContext } from '@kakehashi/jobs';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { officeIdOf } from '../../__tests__/matching-test-kit';
import { AssignmentRunStatus } from '../assignment-run.entity';
import { NightlyAssignmentProcessor } from '../jobs/nightly-assignment.processor';
import { RunAssignmentProcessor } from '../jobs/run-assignment.processor';
import { CancelAssignmentRunService } from '../services/cancel-assignment-run.service';
import {
  NIGHTLY_ASSIGNMENT_SCHEDULER_ID,
  ScheduleNightlyAssignment,
} from '../jobs/schedule-nightly-assignment';
import { assignmentTestingModule, readRun } from './assignment-kit';

function attempt(attempt: number, maxAttempts: number, progress: number[] = []): JobContext {
  return {
    id: `test-${attempt}`,
    attempt,
    maxAttempts,
    updateProgress: async (percent) => void progress.push(percent),
  };
}

describe('the assignment job, attempt by attempt', () => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let processor: RunAssignmentProcessor;
  let office: string;

  beforeAll(async () => {
    moduleRef = await assignmentTestingModule({ driver: 'bullmq', runJobs: false });
    ds = moduleRef.get(DataSource);
    processor = moduleRef.get(RunAssignmentProcessor);
    // 愛媛 (38): no offers there, so a run is quick and proposes nothing.
    office = await officeIdOf(ds, '38');
  });
  afterAll(() => moduleRef?.close());

  async function queuedRun(options: { snapshot?: boolean; version?: number } = {}): Promise<string> {
    const snapshot = { weights: {}, excludeMissingRequired: false, settingsVersion: 0 };
    const [{ id }] = await ds.query<{ id: string }[]>(
      `INSERT INTO "assignment_runs" ("scope_kind", "scope_value", "input_fingerprint", "trigger", "status", "phase",
         "progress", "settings_snapshot", "version")
       VALUES ('OFFICE', $1, md5(random()::text) || md5(random()::text), 'MANUAL', 'QUEUED', 'QUEUED', 0, $2, $3)
       RETURNING "id"`,
      [office, options.snapshot === false ? null : JSON.stringify(snapshot), options.version ?? 1],
    );
    return id;
  }

  it('completes a run of an office without offers: nothing proposed, figures at zero', async () => {
    const id = await queuedRun();
    const progress: number[] = [];
    await expect(processor.handle({ runId: id, version: 1 }, attempt(1, 3, progress))).resolves.toMatchObject(
      {
        outcome: 'COMPLETED',
        proposals: 0,
      },
    );
    expect(await readRun(ds, id)).toMatchObject({
      status: AssignmentRunStatus.COMPLETED,
      progress: 100,
      sendingOfferCount: 0,
      peopleAssigned: 0,
      totalScore: 0,
      upperBound: 0,
      optimalityGap: 0,
    });
    expect(progress[progress.length - 1]).toBe(100);
  });

  it('leaves a run alone when the job is from an earlier queueing (another version)', async () => {
    const id = await queuedRun({ version: 2 });
    await expect(processor.handle({ runId: id, version: 1 }, attempt(1, 3))).resolves.toEqual({
      outcome: 'SKIPPED',
    });
    expect(await readRun(ds, id)).toMatchObject({ status: AssignmentRunStatus.QUEUED, startedAt: null });
  });

  it('ends CANCELLED a run whose cancellation was asked for before its job started', async () => {
    const id = await queuedRun();
    await ds.query(
      `UPDATE "assignment_runs" SET "status" = 'RUNNING', "cancel_requested_at" = now() WHERE "id" = $1`,
      [id],
    );
    await expect(processor.handle({ runId: id, version: 1 }, attempt(1, 3))).resolves.toEqual({
      outcome: 'CANCELLED',
    });
    expect((await readRun(ds, id)).status).toBe(AssignmentRunStatus.CANCELLED);
  });

  it('keeps a failing run RUNNING with the reason while it will be retried, and FAILED after its last attempt', async () => {
    const id = await queuedRun({ snapshot: false });
    await expect(processor.handle({ runId: id, version: 1 }, attempt(1, 2))).rejects.toThrow(
      /no settings snapshot/,
    );
    expect(await readRun(ds, id)).toMatchObject({
      status: AssignmentRunStatus.RUNNING,
      error: expect.stringContaining('no settings snapshot'),
    });

    await expect(processor.handle({ runId: id, version: 1 }, attempt(2, 2))).rejects.toThrow(
      /no settings snapshot/,
    );
    const failed = await readRun(ds, id);
    expect(failed).toMatchObject({
      status: AssignmentRunStatus.FAILED,
      error: expect.stringContaining('snapshot'),
    });
    expect(failed.finishedAt).not.toBeNull();
    expect(failed.error).toMatch(/^割り当ての実行中にエラーが発生しました/);
  });

  it('ends FAILED, in Japanese, a RUNNING run whose job BullMQ gave up on after its worker died twice', async () => {
    const id = await queuedRun();
    await ds.query(`UPDATE "assignment_runs" SET "status" = 'RUNNING', "phase" = 'SOLVING' WHERE "id" = $1`, [
      id,
    ]);

    await processor.onFailed(
      { runId: id, version: 1 },
      { kind: 'stalled', reason: 'job stalled more than allowable limit' },
    );
    const failed = await readRun(ds, id);
    expect(failed).toMatchObject({
      status: AssignmentRunStatus.FAILED,
      error: '割り当てを実行していたサーバーが処理中に繰り返し停止しました。もう一度実行してください。',
    });
    expect(failed.finishedAt).not.toBeNull();

    // Told again (another worker's sweep), or about an older version of the run: nothing changes.
    await processor.onFailed({ runId: id, version: 1 }, { kind: 'lost', reason: 'lost' });
    expect((await readRun(ds, id)).error).toBe(failed.error);
    const requeued = await queuedRun({ version: 2 });
    await processor.onFailed({ runId: requeued, version: 1 }, { kind: 'stalled', reason: 'stalled' });
    expect((await readRun(ds, requeued)).status).toBe(AssignmentRunStatus.QUEUED);
  });
});

describe('the nightly tick', () => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    moduleRef = await assignmentTestingModule({ driver: 'bullmq', runJobs: false });
  });
  afterAll(() => moduleRef?.close());

  it('starts a whole-country run, and starts no second one while that one is still queued', async () => {
    const nightly = moduleRef.get(NightlyAssignmentProcessor);
    const first = await nightly.handle();
    expect(first).toMatchObject({ queued: true });
    const run = await readRun(moduleRef.get(DataSource), first.runId);
    expect(run).toMatchObject({ scopeKind: 'COUNTRY', trigger: 'SCHEDULED', requestedByUserId: null });

    await expect(nightly.handle()).resolves.toEqual({ runId: run.id, skipped: 'RUN_IN_PROGRESS' });
    await moduleRef.get(CancelAssignmentRunService).cancel(null, run.id);
  });
});

describe('the nightly schedule as each process registers it', () => {
  const modules: TestingModule[] = [];
  afterAll(async () => {
    for (const moduleRef of modules) await moduleRef.close();
  });

  const boot = async (runJobs: boolean, cron: string) => {
    const moduleRef = await assignmentTestingModule({
      driver: 'bullmq',
      runJobs,
      env: { MATCHING_NIGHTLY_CRON: cron },
    });
    modules.push(moduleRef);
    return moduleRef.get(JobQueue);
  };

  it('is kept in Redis by the worker, at 02:00 Tokyo time by default', async () => {
    const jobs = await boot(true, '0 2 * * *');
    expect(await jobs.getSchedule(QueueName.MATCHING, NIGHTLY_ASSIGNMENT_SCHEDULER_ID)).toMatchObject({
      name: JobName.NIGHTLY_ASSIGNMENT,
      cron: '0 2 * * *',
      timezone: 'Asia/Tokyo',
      next: expect.any(Date),
    });
  });

  it('is not registered by the API when Redis runs the jobs elsewhere', async () => {
    const jobs = await boot(false, '0 2 * * *');
    await expect(jobs.getSchedule(QueueName.MATCHING, NIGHTLY_ASSIGNMENT_SCHEDULER_ID)).resolves.toBeNull();
  });

  it('is removed when MATCHING_NIGHTLY_CRON is set empty', async () => {
    const jobs = await boot(true, '0 3 * * *');
    expect(await jobs.getSchedule(QueueName.MATCHING, NIGHTLY_ASSIGNMENT_SCHEDULER_ID)).not.toBeNull();
    // Another worker of the same deployment (same Redis prefix) restarted with the schedule switched off.
    const moduleRef = modules[modules.length - 1];
    const off = new ScheduleNightlyAssignment(
      jobs,
      validateEnvironment({ MATCHING_NIGHTLY_CRON: '' }, process.cwd()),
    );
    expect(moduleRef.get(AppConfig).matchingNightlyCron).toBe('0 3 * * *');
    await off.onApplicationBootstrap();
    await expect(jobs.getSchedule(QueueName.MATCHING, NIGHTLY_ASSIGNMENT_SCHEDULER_ID)).resolves.toBeNull();
  });
});
