// Reminders on the real queue (BullMQ on the test Redis, this process as the worker) and the real database. The clock
// is moved so that a due moment (09:00 Japan time) is a second or two ahead: the job is then really delayed and fires
// on its own. Every assertion waits generously and is about what happened, never about how long it took.
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { CaseStage, CompletionOutcome } from '../../workflow/case-stage';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
import { CaseTaskDueProcessor } from '../jobs/case-task-due.processor';
import { caseTaskJobId } from '../case-task-jobs';
import { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import { dueMomentOf } from '../reminder-time';
import { RecordFollowUpService } from '../services/record-follow-up.service';
import { FollowUpMethod } from '../case-follow-up.entity';
import { AdvanceCaseService } from '../../transitions/services/advance-case.service';
import { CompleteCaseService } from '../../transitions/services/complete-case.service';
import { CaseTaskSweepService } from '../services/case-task-sweep.service';
import {
  establishedCase,
  eventually,
  newTeam,
  notificationsAbout,
  readCase,
  remindersTestingModule,
  setContractEnd,
  taskSummary,
  tasksOf,
  type RemindersKit,
  type TaskRow,
} from './reminders-kit';

jest.setTimeout(90_000);

const find = (tasks: TaskRow[], kind: CaseTaskKind, dueOn: string): TaskRow => {
  const task = tasks.find(
    (t) => t.kind === kind && t.dueOn === dueOn && t.status !== CaseTaskStatus.CANCELLED,
  );
  if (!task) throw new Error(`no live ${kind} task on ${dueOn}: ${JSON.stringify(tasks)}`);
  return task;
};

describe('case reminders on BullMQ', () => {
  let kit: RemindersKit;
  let scheduler: CaseReminderScheduler;
  let jobs: JobQueue;

  beforeAll(async () => {
    kit = await remindersTestingModule();
    scheduler = kit.moduleRef.get(CaseReminderScheduler);
    jobs = kit.moduleRef.get(JobQueue);
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('makes a follow-up due once, when its moment comes, and notifies both consultants once', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    kit.clock.before('2026-07-01', 1500);

    await expect(scheduler.syncForCase(kase.id)).resolves.toEqual({
      planned: 6,
      added: 6,
      cancelled: 0,
      scheduled: 6,
    });
    const tasks = await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => find(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );
    expect(tasks.map((t) => `${t.kind} ${t.dueOn} ${t.status}`)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 SCHEDULED',
      'FOLLOW_UP 2027-01-01 SCHEDULED',
      'FOLLOW_UP 2027-04-01 SCHEDULED',
      'FOLLOW_UP 2027-04-30 SCHEDULED',
      'END_DATE_PASSED 2027-06-01 SCHEDULED',
    ]);
    const due = find(tasks, CaseTaskKind.FOLLOW_UP, '2026-07-01');
    // Never before its moment (the case's clock: 09:00 Japan time on the day).
    expect(due.becameDueAt!.getTime()).toBeGreaterThanOrEqual(dueMomentOf('2026-07-01').getTime());
    await eventually(
      () => jobs.getJob(QueueName.CASES, caseTaskJobId(due.id)),
      (job) => job?.state === 'completed',
    );

    const notifications = await notificationsAbout(kit.dataSource, kase.id);
    expect(notifications.map((n) => n.userId).sort()).toEqual([team.sending.id, team.receiving.id].sort());
    expect(notifications[0]).toMatchObject({
      kind: 'CASE_FOLLOW_UP_DUE',
      title: `フォローアップの時期です: 案件No.${kase.number}`,
      dedupeKey: `case-task:${due.id}`,
    });
    expect(notifications[0].body).toContain('2026年7月1日');

    // Everything again: a sync, and the job as if BullMQ ran it a second time.
    await expect(scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      added: 0,
      cancelled: 0,
      scheduled: 5,
    });
    await expect(kit.moduleRef.get(CaseTaskDueProcessor).handle({ taskId: due.id })).resolves.toEqual({
      outcome: 'SKIPPED',
    });
    expect(await tasksOf(kit.dataSource, kase.id)).toHaveLength(6);
    expect(await notificationsAbout(kit.dataSource, kase.id)).toHaveLength(2);
  });

  it('keeps one task and one job per date when syncs run at the same time', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-09-15',
      moveType: 'TRANSFER',
    });
    kit.clock.before('2026-09-16', 3600_000);

    const results = await Promise.all(Array.from({ length: 5 }, () => scheduler.syncForCase(kase.id)));

    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(4);
    const tasks = await tasksOf(kit.dataSource, kase.id);
    expect(tasks.map((t) => `${t.kind} ${t.dueOn} ${t.status}`)).toEqual([
      'FOLLOW_UP 2026-10-15 SCHEDULED',
      'FOLLOW_UP 2027-01-15 SCHEDULED',
      'FOLLOW_UP 2027-04-15 SCHEDULED',
      'FOLLOW_UP 2027-07-15 SCHEDULED',
    ]);
    for (const task of tasks) {
      await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toMatchObject({
        name: JobName.CASE_TASK_DUE,
        state: 'delayed',
      });
    }
  });

  it('reschedules on a new end date: drops what is no longer planned with its job, adds the new dates, leaves due tasks', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    // An hour past the first follow-up's moment: it is due at once, the others wait.
    kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 3600_000));
    await scheduler.syncForCase(kase.id);
    const before = await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => find(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );

    // The contract is shortened to the end of the year.
    await setContractEnd(kit.dataSource, kase.id, '2026-12-31');
    await expect(scheduler.syncForCase(kase.id)).resolves.toEqual({
      planned: 4,
      added: 2,
      cancelled: 4,
      scheduled: 3,
    });
    const after = await tasksOf(kit.dataSource, kase.id);
    expect(
      after
        .filter((t) => t.status !== CaseTaskStatus.CANCELLED)
        .map((t) => `${t.kind} ${t.dueOn} ${t.status}`),
    ).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 SCHEDULED',
      'FOLLOW_UP 2026-11-30 SCHEDULED',
      'END_DATE_PASSED 2027-01-01 SCHEDULED',
    ]);
    const dropped = before.filter(
      (t) => !after.some((a) => a.id === t.id && a.status !== CaseTaskStatus.CANCELLED),
    );
    expect(dropped.map((t) => `${t.kind} ${t.dueOn}`)).toEqual([
      'FOLLOW_UP 2027-01-01',
      'FOLLOW_UP 2027-04-01',
      'FOLLOW_UP 2027-04-30',
      'END_DATE_PASSED 2027-06-01',
    ]);
    for (const task of dropped) {
      await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toBeNull();
    }
    for (const task of after.filter((t) => t.status === CaseTaskStatus.SCHEDULED)) {
      await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toMatchObject({
        state: 'delayed',
      });
    }

    // And back again: the dates return as new tasks, still one live task per date.
    await setContractEnd(kit.dataSource, kase.id, '2027-05-31');
    await expect(scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      planned: 6,
      added: 4,
      cancelled: 2,
    });
    const live = (await tasksOf(kit.dataSource, kase.id)).filter(
      (t) => t.status !== CaseTaskStatus.CANCELLED,
    );
    expect(live.map((t) => `${t.kind} ${t.dueOn}`)).toEqual([
      'FOLLOW_UP 2026-07-01',
      'FOLLOW_UP 2026-10-01',
      'FOLLOW_UP 2027-01-01',
      'FOLLOW_UP 2027-04-01',
      'FOLLOW_UP 2027-04-30',
      'END_DATE_PASSED 2027-06-01',
    ]);
    expect(await notificationsAbout(kit.dataSource, kase.id)).toHaveLength(2);
  });

  it('raises an end-date-passed task when the end date passes without completion', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    kit.clock.before('2026-10-21', 1500);
    await scheduler.syncForCase(kase.id);

    const tasks = await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => rows.every((t) => t.status === CaseTaskStatus.DUE),
    );
    expect(tasks.map((t) => `${t.kind} ${t.dueOn}`)).toEqual([
      'FOLLOW_UP 2026-09-03',
      'FOLLOW_UP 2026-09-20',
      'END_DATE_PASSED 2026-10-21',
    ]);
    const end = find(tasks, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    const about = await notificationsAbout(kit.dataSource, kase.id);
    const endNotices = about.filter((n) => n.dedupeKey === `case-task:${end.id}`);
    expect(endNotices.map((n) => n.userId).sort()).toEqual([team.sending.id, team.receiving.id].sort());
    expect(endNotices[0]).toMatchObject({
      kind: 'CASE_END_DATE_PASSED',
      title: `出向終了日を過ぎていますが、案件が完了していません: 案件No.${kase.number}`,
    });
    expect(endNotices[0].body).toContain('2026年10月20日');
    expect(about).toHaveLength(6);
  });

  it('raises no end-date-passed task for a case completed before its end date passed', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    kit.clock.before('2026-10-21', 3600_000);
    await scheduler.syncForCase(kase.id);
    const tasks = await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => rows.filter((t) => t.status === CaseTaskStatus.DUE).length === 2,
    );

    // The consultants record the follow-up, move to STEP6 and complete the case (the real use cases).
    let current = await kit.moduleRef.get(RecordFollowUpService).record(team.sending, {
      caseId: kase.id,
      expectedVersion: (await readCase(kit.dataSource, kase.id)).version,
      taskId: find(tasks, CaseTaskKind.FOLLOW_UP, '2026-09-20').id,
      heldOn: '2026-09-25',
      method: FollowUpMethod.VISIT,
      secondeeSituation: '順調に勤務している。',
    });
    current = await kit.moduleRef
      .get(AdvanceCaseService)
      .advance(team.sending, { caseId: current.id, expectedVersion: current.version });
    expect(current.stage).toBe(CaseStage.FOLLOW_UP);
    current = await kit.moduleRef.get(CompleteCaseService).complete(team.sending, {
      caseId: current.id,
      expectedVersion: current.version,
      outcome: CompletionOutcome.RETURNED,
      completedOn: '2026-10-20',
    });
    expect(current.stage).toBe(CaseStage.COMPLETED);

    const end = find(tasks, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    expect(await taskSummary(kit.dataSource, kase.id)).toEqual([
      // Not answered before the completion: stays as the record of a follow-up not made.
      'FOLLOW_UP 2026-09-03 DUE',
      'FOLLOW_UP 2026-09-20 DONE',
      'END_DATE_PASSED 2026-10-21 CANCELLED',
    ]);
    await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(end.id))).resolves.toBeNull();

    // The end date passes; even the sweep finds nothing to raise.
    kit.clock.setTo(new Date(dueMomentOf('2026-10-21').getTime() + 60_000));
    await expect(
      kit.moduleRef.get(CaseTaskSweepService).sweep({ caseIds: [kase.id] }),
    ).resolves.toMatchObject({
      DUE: 0,
      CANCELLED: 0,
    });
    const notices = await notificationsAbout(kit.dataSource, kase.id);
    expect(notices.filter((n) => n.kind === 'CASE_END_DATE_PASSED')).toEqual([]);
  });

  it('cancels the end-date check when its job finds the case completed (before the completion’s sync ran)', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    kit.clock.before('2026-10-21', 3600_000);
    await scheduler.syncForCase(kase.id);
    // The follow-ups already past fall due at once on the worker; let them, so the completion below does not race them.
    const due = await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) =>
        rows.filter((t) => t.kind === CaseTaskKind.FOLLOW_UP).every((t) => t.status === CaseTaskStatus.DUE),
    );
    const end = find(due, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    await kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'COMPLETED', "completion_outcome" = 'RETURNED', "ended_on" = '2026-10-20'
        WHERE "id" = $1`,
      [kase.id],
    );

    await expect(kit.moduleRef.get(CaseTaskDueProcessor).handle({ taskId: end.id })).resolves.toEqual({
      outcome: 'CANCELLED',
    });
    // Only the end-date check is cancelled; the follow-ups that fell due stay as the record of work not done.
    expect(find(await tasksOf(kit.dataSource, kase.id), CaseTaskKind.FOLLOW_UP, '2026-09-03').status).toBe(
      CaseTaskStatus.DUE,
    );
    const after = (await tasksOf(kit.dataSource, kase.id)).find((t) => t.id === end.id);
    expect(after?.status).toBe(CaseTaskStatus.CANCELLED);
    expect(
      (await notificationsAbout(kit.dataSource, kase.id)).filter((n) => n.kind === 'CASE_END_DATE_PASSED'),
    ).toEqual([]);
  });

  it('lets the sweep make due a task whose job was lost, once', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    kit.clock.before('2026-07-01', 3600_000);
    await scheduler.syncForCase(kase.id);
    const first = find(await tasksOf(kit.dataSource, kase.id), CaseTaskKind.FOLLOW_UP, '2026-07-01');
    // Redis forgets the job.
    await expect(jobs.cancel(QueueName.CASES, caseTaskJobId(first.id))).resolves.toBe(true);

    kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 60_000));
    const sweep = await jobs.enqueue(QueueName.CASES, JobName.CASE_TASK_SWEEP, { caseIds: [kase.id] });
    const done = await eventually(
      () => jobs.getJob(QueueName.CASES, sweep.id),
      (job) => job?.state === 'completed' || job?.state === 'failed',
    );
    expect(done).toMatchObject({ state: 'completed', result: { DUE: 1, CANCELLED: 0 } });

    expect(await taskSummary(kit.dataSource, kase.id)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 SCHEDULED',
      'FOLLOW_UP 2027-01-01 SCHEDULED',
      'FOLLOW_UP 2027-04-01 SCHEDULED',
      'FOLLOW_UP 2027-04-30 SCHEDULED',
      'END_DATE_PASSED 2027-06-01 SCHEDULED',
    ]);
    expect(await notificationsAbout(kit.dataSource, kase.id)).toHaveLength(2);
    await expect(
      kit.moduleRef.get(CaseTaskSweepService).sweep({ caseIds: [kase.id] }),
    ).resolves.toMatchObject({
      DUE: 0,
    });
    expect(await notificationsAbout(kit.dataSource, kase.id)).toHaveLength(2);
  });

  it('plans nothing for a case not yet established, and cancels what is scheduled when it ends as not established', async () => {
    const team = await newTeam(kit.dataSource);
    const open = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
      stage: CaseStage.CONTRACT,
    });
    await kit.dataSource.query(`UPDATE "cases" SET "established_on" = NULL WHERE "id" = $1`, [open.id]);
    await expect(scheduler.syncForCase(open.id)).resolves.toMatchObject({ planned: 0, added: 0 });
    expect(await tasksOf(kit.dataSource, open.id)).toEqual([]);

    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 60_000));
    await scheduler.syncForCase(kase.id);
    await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => find(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );
    await kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'NOT_ESTABLISHED', "not_established_reason" = 'OTHER' WHERE "id" = $1`,
      [kase.id],
    );
    await expect(scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      planned: 0,
      cancelled: 5,
      scheduled: 0,
    });
    expect(await taskSummary(kit.dataSource, kase.id)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 CANCELLED',
      'FOLLOW_UP 2027-01-01 CANCELLED',
      'FOLLOW_UP 2027-04-01 CANCELLED',
      'FOLLOW_UP 2027-04-30 CANCELLED',
      'END_DATE_PASSED 2027-06-01 CANCELLED',
    ]);
  });
});

describe('case reminders with in-process jobs (no Redis)', () => {
  let kit: RemindersKit;

  beforeAll(async () => {
    kit = await remindersTestingModule({ inProcessJobs: true });
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('makes a follow-up due once when its moment comes', async () => {
    const team = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-09-15',
      moveType: 'TRANSFER',
    });
    kit.clock.before('2026-10-15', 1000);
    const scheduler = kit.moduleRef.get(CaseReminderScheduler);
    await scheduler.syncForCase(kase.id);

    await eventually(
      () => taskSummary(kit.dataSource, kase.id),
      (rows) => rows[0] === 'FOLLOW_UP 2026-10-15 DUE',
    );
    await scheduler.syncForCase(kase.id);
    expect(await taskSummary(kit.dataSource, kase.id)).toEqual([
      'FOLLOW_UP 2026-10-15 DUE',
      'FOLLOW_UP 2027-01-15 SCHEDULED',
      'FOLLOW_UP 2027-04-15 SCHEDULED',
      'FOLLOW_UP 2027-07-15 SCHEDULED',
    ]);
    const notices = await notificationsAbout(kit.dataSource, kase.id);
    expect(notices.map((n) => n.userId).sort()).toEqual([team.sending.id, team.receiving.id].sort());
    expect(notices[0].body).toContain('移籍者本人');
  });
});
