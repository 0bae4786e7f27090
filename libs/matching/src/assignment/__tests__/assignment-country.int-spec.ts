// Whole-country runs, long runs (progress, cancellation) and the nightly schedule, on a database of their own: a
// country run covers every office, so other tests' offers must not be there.
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import {
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  staffUser,
} from '../../__tests__/matching-test-kit';
import { Role } from '@kakehashi/authz';
import {
  AssignmentRunEntity,
  AssignmentRunStatus,
  AssignmentScopeKind,
  AssignmentTrigger,
} from '../assignment-run.entity';
import { NIGHTLY_ASSIGNMENT_SCHEDULER_ID } from '../jobs/schedule-nightly-assignment';
import { CancelAssignmentRunService } from '../services/cancel-assignment-run.service';
import { StartAssignmentRunService } from '../services/start-assignment-run.service';
import {
  assignmentTestingModule,
  finished,
  insertManyOffers,
  peoplePerSide,
  proposalsOf,
  scratchDatabase,
  waitForRun,
} from './assignment-kit';

const hq = staffUser(Role.HQ_COORDINATOR);

describe('batch assignment on a database of its own', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;

  beforeAll(async () => {
    scratch = await scratchDatabase();
  }, 60_000);
  afterAll(() => scratch?.drop());

  describe('long runs (BullMQ worker)', () => {
    let moduleRef: TestingModule;
    let ds: DataSource;
    let starts: StartAssignmentRunService;
    let cancels: CancelAssignmentRunService;

    beforeAll(async () => {
      moduleRef = await assignmentTestingModule({
        databaseUrl: scratch.url,
        driver: 'bullmq',
        runJobs: true,
      });
      ds = moduleRef.get(DataSource);
      starts = moduleRef.get(StartAssignmentRunService);
      cancels = moduleRef.get(CancelAssignmentRunService);
      await insertManyOffers(ds, {
        officeCode: '13',
        prefectureCode: '13',
        sending: 1500,
        receiving: 6000,
        tag: 'a',
      });
    }, 60_000);
    afterAll(async () => {
      // The whole-country tests below want only their own offers (proposals and decisions go with the offers).
      await ds?.query(`DELETE FROM "sending_offers"`);
      await ds?.query(`DELETE FROM "receiving_offers"`);
      await moduleRef?.close();
    });

    const startTokyo = () =>
      starts.start(hq, { kind: AssignmentScopeKind.REGION, region: '関東' }, AssignmentTrigger.MANUAL);

    it('shows its phase and progress while it runs, progress only growing, and completes', async () => {
      const { run } = await startTokyo();
      const seen: AssignmentRunEntity[] = [];
      const done = await waitForRun(ds, run.id, finished, { seen, timeoutMs: 120_000 });
      expect(done.status).toBe(AssignmentRunStatus.COMPLETED);

      const running = seen.filter((r) => r.status === AssignmentRunStatus.RUNNING);
      // Seen mid-way, in more than one phase, at more than one progress value.
      expect(running.some((r) => r.progress > 0 && r.progress < 100)).toBe(true);
      expect(new Set(running.map((r) => r.phase)).size).toBeGreaterThan(1);
      expect(new Set(running.map((r) => r.progress)).size).toBeGreaterThan(2);
      for (let k = 1; k < seen.length; k++)
        expect(seen[k].progress).toBeGreaterThanOrEqual(seen[k - 1].progress);

      expect(done.sendingOfferCount).toBe(1500);
      expect(done.receivingOfferCount).toBe(6000);
      const proposals = await proposalsOf(ds, done.id);
      const { sent, received } = peoplePerSide(proposals);
      const available = new Map(
        (
          await ds.query<{ id: string; n: number }[]>(
            `SELECT "id", "people_available" AS n FROM "sending_offers"`,
          )
        ).map((r) => [r.id, r.n]),
      );
      const remaining = new Map(
        (
          await ds.query<{ id: string; n: number }[]>(
            `SELECT "id", "people_remaining" AS n FROM "receiving_offers"`,
          )
        ).map((r) => [r.id, r.n]),
      );
      for (const [id, n] of sent) expect(n).toBeLessThanOrEqual(available.get(id)!);
      for (const [id, n] of received) expect(n).toBeLessThanOrEqual(remaining.get(id)!);
      expect(done.peopleAssigned).toBe(proposals.reduce((sum, p) => sum + p.people, 0));
      expect(done.optimalityGap!).toBeGreaterThanOrEqual(0);
      expect(done.optimalityGap!).toBeLessThan(0.02);
      expect(done.upperBound!).toBeGreaterThanOrEqual(done.totalScore!);
    }, 150_000);

    it('stops when cancelled mid-run, ending CANCELLED with no proposals; starting it again runs it anew', async () => {
      // A different input than the previous test's run (one more offer), so this is a new run.
      const company = await insertCompany(ds, { prefectureCode: '13', officeCode: '13' });
      await insertSendingOffer(ds, { companyId: company, officeCode: '13', people: 2 });
      const { run } = await startTokyo();
      await waitForRun(ds, run.id, (r) => r.status === AssignmentRunStatus.RUNNING && r.progress >= 10, {
        timeoutMs: 60_000,
      });
      const asked = await cancels.cancel(hq, run.id);
      expect(asked.cancelRequestedAt).not.toBeNull();

      const cancelled = await waitForRun(ds, run.id, finished, { timeoutMs: 30_000 });
      expect(cancelled.status).toBe(AssignmentRunStatus.CANCELLED);
      expect(cancelled.progress).toBeLessThan(100);
      // Seen at a check during the computation, not only when it came to store the result.
      expect(['CANDIDATES', 'SOLVING', 'BOUNDING', 'REFINING']).toContain(cancelled.phase);
      expect(cancelled.finishedAt).not.toBeNull();
      expect(await proposalsOf(ds, run.id)).toEqual([]);

      // Same input again: the cancelled run is queued again (a new version, a new job) and completes.
      const again = await startTokyo();
      expect(again.run.id).toBe(run.id);
      expect(again.queued).toBe(true);
      expect(again.run.version).toBe(cancelled.version + 1);
      const done = await waitForRun(ds, run.id, finished, { timeoutMs: 120_000 });
      expect(done.status).toBe(AssignmentRunStatus.COMPLETED);
      expect(done.cancelRequestedAt).toBeNull();
      expect((await proposalsOf(ds, run.id)).length).toBeGreaterThan(0);
    }, 200_000);
  });

  describe('whole country and the nightly schedule (in-process jobs)', () => {
    let moduleRef: TestingModule;
    let ds: DataSource;
    let sendingId: string;
    let receivingId: string;

    beforeAll(async () => {
      moduleRef = await assignmentTestingModule({
        databaseUrl: scratch.url,
        driver: 'in-process',
        runJobs: true,
        // Every second, so the test sees it fire.
        env: { MATCHING_NIGHTLY_CRON: '* * * * * *' },
      });
      ds = moduleRef.get(DataSource);
      // Two offices far apart: only a whole-country run puts their offers together.
      const sender = await insertCompany(ds, { prefectureCode: '01', officeCode: '01' });
      const host = await insertCompany(ds, { prefectureCode: '47', officeCode: '47' });
      sendingId = await insertSendingOffer(ds, {
        companyId: sender,
        officeCode: '01',
        jobTitle: '介護職員',
        occupationCode: 'E',
        people: 1,
        acceptablePrefectureCodes: ['47'],
      });
      receivingId = await insertReceivingOffer(ds, {
        companyId: host,
        officeCode: '47',
        workplacePrefectureCode: '47',
        jobTitle: '介護職員',
        occupationCode: 'E',
        people: 1,
      });
    }, 60_000);
    afterAll(() => moduleRef?.close());

    it('registers the nightly run when the app boots, and its tick starts a whole-country run', async () => {
      const schedule = await moduleRef
        .get(JobQueue)
        .getSchedule(QueueName.MATCHING, NIGHTLY_ASSIGNMENT_SCHEDULER_ID);
      expect(schedule).toMatchObject({
        name: JobName.NIGHTLY_ASSIGNMENT,
        cron: '* * * * * *',
        timezone: 'Asia/Tokyo',
      });

      const deadline = Date.now() + 30_000;
      let scheduled: AssignmentRunEntity | null = null;
      while (!scheduled && Date.now() < deadline) {
        scheduled = await ds.getRepository(AssignmentRunEntity).findOneBy({
          scopeKind: AssignmentScopeKind.COUNTRY,
          trigger: AssignmentTrigger.SCHEDULED,
        });
        if (!scheduled) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(scheduled).not.toBeNull();
      expect(scheduled!.requestedByUserId).toBeNull();
      const done = await waitForRun(ds, scheduled!.id, finished);
      expect(done).toMatchObject({
        status: AssignmentRunStatus.COMPLETED,
        scopeValue: '',
        sendingOfferCount: 1,
        receivingOfferCount: 1,
        peopleAssigned: 1,
      });
      // 北海道's offer placed in 沖縄, which it accepts: no office or region run would have paired them.
      const proposals = await proposalsOf(ds, done.id);
      expect(proposals).toEqual([
        expect.objectContaining({ sendingOfferId: sendingId, receivingOfferId: receivingId, people: 1 }),
      ]);

      // Later ticks find the same input: still one whole-country run for it.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const countryRuns = await ds.getRepository(AssignmentRunEntity).countBy({
        scopeKind: AssignmentScopeKind.COUNTRY,
        inputFingerprint: done.inputFingerprint,
      });
      expect(countryRuns).toBe(1);
    }, 60_000);
  });
});
