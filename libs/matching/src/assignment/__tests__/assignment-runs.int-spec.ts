import { Role } from '@kakehashi/authz';
import { JobQueue, QueueName } from '@kakehashi/jobs';
import type { TestingModule } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  consultantOf,
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  officeIdOf,
  staffUser,
} from '../../__tests__/matching-test-kit';
import { AssignmentRunStatus, AssignmentScopeKind, AssignmentTrigger } from '../assignment-run.entity';
import { StartAssignmentRunService, assignmentJobId } from '../services/start-assignment-run.service';
import {
  assignmentTestingModule,
  exactOptimumOfOffice,
  finished,
  peoplePerSide,
  proposalsOf,
  readRun,
  waitForRun,
} from './assignment-kit';

interface Office {
  code: string;
  id: string;
  sending: { id: string; people: number }[];
  receiving: { id: string; people: number }[];
}

/** A small office problem: more people than places, several pairs worth the same place, multi-person offers. */
async function smallOffice(ds: DataSource, code: string): Promise<Office> {
  const company = await insertCompany(ds, { prefectureCode: code, officeCode: code, jsicMajorCode: 'E' });
  const hosts = await insertCompany(ds, { prefectureCode: code, officeCode: code, jsicMajorCode: 'P' });
  const sendingSpecs = [
    {
      jobTitle: 'フォークリフトによる倉庫内作業',
      occupationCode: 'J',
      people: 3,
      skills: ['フォークリフト'],
    },
    { jobTitle: '製造ラインのオペレーター', occupationCode: 'H', people: 2 },
    { jobTitle: '介護職員', occupationCode: 'E', people: 1, skills: ['介護職員初任者研修'] },
    { jobTitle: '営業事務', occupationCode: 'C', people: 2 },
  ];
  const receivingSpecs = [
    {
      jobTitle: '倉庫内のフォークリフト作業',
      occupationCode: 'J',
      people: 2,
      requiredSkills: ['フォークリフト'],
    },
    { jobTitle: '製造ラインのオペレーター', occupationCode: 'H', people: 1 },
    { jobTitle: '介護職員', occupationCode: 'E', people: 2 },
    { jobTitle: '一般事務', occupationCode: 'C', people: 1 },
    { jobTitle: '検品・梱包', occupationCode: 'H', people: 1 },
  ];
  const sending = [];
  for (const spec of sendingSpecs) {
    sending.push({
      id: await insertSendingOffer(ds, { companyId: company, officeCode: code, ...spec }),
      people: spec.people,
    });
  }
  const receiving = [];
  for (const spec of receivingSpecs) {
    receiving.push({
      id: await insertReceivingOffer(ds, {
        companyId: hosts,
        officeCode: code,
        workplacePrefectureCode: code,
        ...spec,
      }),
      people: spec.people,
    });
  }
  return { code, id: await officeIdOf(ds, code), sending, receiving };
}

async function dismiss(ds: DataSource, sendingOfferId: string, receivingOfferId: string): Promise<void> {
  await ds.query(
    `INSERT INTO "match_decisions" ("sending_offer_id", "receiving_offer_id", "decision", "reason_code", "score",
       "explanation", "source", "decided_by_user_id")
     VALUES ($1, $2, 'DISMISSED', 'LOCATION', 0.5, '{}', 'ON_DEMAND', $3)`,
    [sendingOfferId, receivingOfferId, randomUUID()],
  );
}

describe.each([
  { driver: 'bullmq' as const, officeCode: '47' },
  { driver: 'in-process' as const, officeCode: '46' },
])('batch assignment of one office ($driver job driver)', ({ driver, officeCode }) => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let starts: StartAssignmentRunService;
  let office: Office;

  beforeAll(async () => {
    moduleRef = await assignmentTestingModule({ driver, runJobs: true });
    ds = moduleRef.get(DataSource);
    starts = moduleRef.get(StartAssignmentRunService);
    office = await smallOffice(ds, officeCode);
  });
  afterAll(() => moduleRef?.close());

  const startAsConsultant = () =>
    starts.start(consultantOf(office.id), { kind: AssignmentScopeKind.OFFICE }, AssignmentTrigger.MANUAL);

  it('proposes an assignment that keeps both sides’ numbers, as good as the exact optimum, with an honest bound', async () => {
    const { run: queued, queued: isNew } = await startAsConsultant();
    expect(isNew).toBe(true);
    expect(queued).toMatchObject({
      status: AssignmentRunStatus.QUEUED,
      scopeKind: AssignmentScopeKind.OFFICE,
      scopeValue: office.id,
      trigger: AssignmentTrigger.MANUAL,
    });

    const run = await waitForRun(ds, queued.id, finished);
    expect(run.status).toBe(AssignmentRunStatus.COMPLETED);
    expect(run).toMatchObject({
      phase: 'DONE',
      progress: 100,
      sendingOfferCount: 4,
      receivingOfferCount: 5,
      peopleOffered: 8,
      error: null,
    });
    expect(run.startedAt).not.toBeNull();
    expect(run.finishedAt).not.toBeNull();

    const proposals = await proposalsOf(ds, run.id);
    expect(proposals.length).toBeGreaterThan(0);
    const { sent, received } = peoplePerSide(proposals);
    for (const s of office.sending) expect(sent.get(s.id) ?? 0).toBeLessThanOrEqual(s.people);
    for (const r of office.receiving) expect(received.get(r.id) ?? 0).toBeLessThanOrEqual(r.people);
    const assigned = proposals.reduce((sum, p) => sum + p.people, 0);
    expect(run.peopleAssigned).toBe(assigned);
    // 8 people, 7 places: every place that anyone fits is filled.
    expect(assigned).toBeGreaterThanOrEqual(5);

    const total = proposals.reduce((sum, p) => sum + p.people * p.score, 0);
    expect(run.totalScore).toBeCloseTo(total, 9);
    const optimum = await exactOptimumOfOffice(ds, office.id);
    expect(run.totalScore!).toBeLessThanOrEqual(optimum + 1e-9);
    expect(run.upperBound!).toBeGreaterThanOrEqual(optimum - 1e-9);
    expect(run.optimalityGap!).toBeGreaterThanOrEqual(0);
    expect(run.optimalityGap!).toBeCloseTo((run.upperBound! - run.totalScore!) / run.upperBound!, 12);
    // Small enough to solve exactly, and every pair is a candidate: the optimum itself.
    expect(run.totalScore!).toBeCloseTo(optimum, 9);
    expect(run.settingsSnapshot).toMatchObject({ result: { method: 'EXACT' } });
  });

  it('returns the same run for the same input: no second job, no duplicate proposals', async () => {
    const first = await startAsConsultant();
    const done = await waitForRun(ds, first.run.id, finished);
    const before = await proposalsOf(ds, done.id);

    const again = await starts.start(
      staffUser(Role.HQ_COORDINATOR),
      { kind: AssignmentScopeKind.OFFICE, officeId: office.id },
      AssignmentTrigger.MANUAL,
    );
    expect(again.queued).toBe(false);
    expect(again.run.id).toBe(done.id);
    expect(again.run.status).toBe(AssignmentRunStatus.COMPLETED);
    expect(again.run.version).toBe(done.version);
    const job = await moduleRef.get(JobQueue).getJob(QueueName.MATCHING, assignmentJobId(done));
    expect(job?.state).toBe('completed');

    expect(await proposalsOf(ds, done.id)).toEqual(before);
    const [{ n }] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "assignment_runs" WHERE "scope_kind" = 'OFFICE' AND "scope_value" = $1
         AND "input_fingerprint" = $2`,
      [office.id, done.inputFingerprint],
    );
    expect(n).toBe(1);
  });

  it('makes a new run once an offer changes, and never proposes a dismissed pair', async () => {
    const previous = await waitForRun(ds, (await startAsConsultant()).run.id, finished);
    const best = (await proposalsOf(ds, previous.id)).sort((a, b) => b.score - a.score)[0];
    await dismiss(ds, best.sendingOfferId, best.receivingOfferId);

    const afterDismissal = await startAsConsultant();
    expect(afterDismissal.queued).toBe(true);
    expect(afterDismissal.run.id).not.toBe(previous.id);
    const run = await waitForRun(ds, afterDismissal.run.id, finished);
    expect(run.status).toBe(AssignmentRunStatus.COMPLETED);
    const proposals = await proposalsOf(ds, run.id);
    expect(
      proposals.some(
        (p) => p.sendingOfferId === best.sendingOfferId && p.receivingOfferId === best.receivingOfferId,
      ),
    ).toBe(false);
    expect(run.totalScore!).toBeCloseTo(await exactOptimumOfOffice(ds, office.id), 9);

    // One place fewer on a receiving offer: another new run, which respects it.
    const target = office.receiving[0];
    await ds.query(`UPDATE "receiving_offers" SET "people_remaining" = 1 WHERE "id" = $1`, [target.id]);
    const afterChange = await startAsConsultant();
    expect(afterChange.queued).toBe(true);
    expect(afterChange.run.id).not.toBe(run.id);
    const changed = await waitForRun(ds, afterChange.run.id, finished);
    const received = peoplePerSide(await proposalsOf(ds, changed.id)).received;
    expect(received.get(target.id) ?? 0).toBeLessThanOrEqual(1);
    // The earlier runs keep their own proposals.
    expect((await proposalsOf(ds, run.id)).length).toBe(proposals.length);
    expect((await readRun(ds, run.id)).status).toBe(AssignmentRunStatus.COMPLETED);
  });
});
