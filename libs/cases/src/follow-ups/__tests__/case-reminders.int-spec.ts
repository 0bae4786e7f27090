// Reminders on the real queue (BullMQ on the test Redis, this process as the worker) and the real database. The clock
// is moved so that a due moment (09:00 Japan time) is a second or two ahead: the job is then really delayed and fires
// on its own. Every assertion waits generously and is about what happened, never about how long it took. Planning and
// rescheduling here; the end of a case, the sweep and cases never established in case-reminder-endings.int-spec.ts.
import { JobName, QueueName } from '@kakehashi/jobs';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
import { CaseTaskDueProcessor } from '../jobs/case-task-due.processor';
import { caseTaskJobId } from '../case-task-jobs';
import { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import { dueMomentOf } from '../reminder-time';
import {
  establishedCase,
  eventually,
  newTeam,
  notificationsAbout,
  remindersOnBullMq,
  remindersTestingModule,
  setContractEnd,
  taskSummary,
  tasksOf,
  type RemindersKit,
  liveTask,
} from './reminders-kit';

jest.setTimeout(90_000);

describe('case reminders on BullMQ', () => {
  const reminders = remindersOnBullMq();

  it('makes a follow-up due once, when its moment comes, and notifies both consultants once', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    reminders.kit.clock.before('2026-07-01', 1500);

    await expect(reminders.scheduler.syncForCase(kase.id)).resolves.toEqual({
      planned: 6,
      added: 6,
      cancelled: 0,
      scheduled: 6,
    });
    const tasks = await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) => liveTask(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );
    expect(tasks.map((t) => `${t.kind} ${t.dueOn} ${t.status}`)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 SCHEDULED',
      'FOLLOW_UP 2027-01-01 SCHEDULED',
      'FOLLOW_UP 2027-04-01 SCHEDULED',
      'FOLLOW_UP 2027-04-30 SCHEDULED',
      'END_DATE_PASSED 2027-06-01 SCHEDULED',
    ]);
    const due = liveTask(tasks, CaseTaskKind.FOLLOW_UP, '2026-07-01');
    // Never before its moment (the case's clock: 09:00 Japan time on the day).
    expect(due.becameDueAt!.getTime()).toBeGreaterThanOrEqual(dueMomentOf('2026-07-01').getTime());
    await eventually(
      () => reminders.jobs.getJob(QueueName.CASES, caseTaskJobId(due.id)),
      (job) => job?.state === 'completed',
    );

    const notifications = await notificationsAbout(reminders.kit.dataSource, kase.id);
    expect(notifications.map((n) => n.userId).sort()).toEqual([team.sending.id, team.receiving.id].sort());
    expect(notifications[0]).toMatchObject({
      kind: 'CASE_FOLLOW_UP_DUE',
      title: `フォローアップの時期です: 案件No.${kase.number}`,
      dedupeKey: `case-task:${due.id}`,
    });
    expect(notifications[0].body).toContain('2026年7月1日');

    // Everything again: a sync, and the job as if BullMQ ran it a second time.
    await expect(reminders.scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      added: 0,
      cancelled: 0,
      scheduled: 5,
    });
    await expect(
      reminders.kit.moduleRef.get(CaseTaskDueProcessor).handle({ taskId: due.id }),
    ).resolves.toEqual({
      outcome: 'SKIPPED',
    });
    expect(await tasksOf(reminders.kit.dataSource, kase.id)).toHaveLength(6);
    expect(await notificationsAbout(reminders.kit.dataSource, kase.id)).toHaveLength(2);
  });

  it('keeps one task and one job per date when syncs run at the same time', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-09-15',
      moveType: 'TRANSFER',
    });
    reminders.kit.clock.before('2026-09-16', 3600_000);

    const results = await Promise.all(
      Array.from({ length: 5 }, () => reminders.scheduler.syncForCase(kase.id)),
    );

    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(4);
    const tasks = await tasksOf(reminders.kit.dataSource, kase.id);
    expect(tasks.map((t) => `${t.kind} ${t.dueOn} ${t.status}`)).toEqual([
      'FOLLOW_UP 2026-10-15 SCHEDULED',
      'FOLLOW_UP 2027-01-15 SCHEDULED',
      'FOLLOW_UP 2027-04-15 SCHEDULED',
      'FOLLOW_UP 2027-07-15 SCHEDULED',
    ]);
    for (const task of tasks) {
      await expect(reminders.jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toMatchObject({
        name: JobName.CASE_TASK_DUE,
        state: 'delayed',
      });
    }
  });

  it('reschedules on a new end date: drops what is no longer planned with its job, adds the new dates, leaves due tasks', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    // An hour past the first follow-up's moment: it is due at once, the others wait.
    reminders.kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 3600_000));
    await reminders.scheduler.syncForCase(kase.id);
    const before = await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) => liveTask(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );

    // The contract is shortened to the end of the year.
    await setContractEnd(reminders.kit.dataSource, kase.id, '2026-12-31');
    await expect(reminders.scheduler.syncForCase(kase.id)).resolves.toEqual({
      planned: 4,
      added: 2,
      cancelled: 4,
      scheduled: 3,
    });
    const after = await tasksOf(reminders.kit.dataSource, kase.id);
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
      await expect(reminders.jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toBeNull();
    }
    for (const task of after.filter((t) => t.status === CaseTaskStatus.SCHEDULED)) {
      await expect(reminders.jobs.getJob(QueueName.CASES, caseTaskJobId(task.id))).resolves.toMatchObject({
        state: 'delayed',
      });
    }

    // And back again: the dates return as new tasks, still one live task per date.
    await setContractEnd(reminders.kit.dataSource, kase.id, '2027-05-31');
    await expect(reminders.scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      planned: 6,
      added: 4,
      cancelled: 2,
    });
    const live = (await tasksOf(reminders.kit.dataSource, kase.id)).filter(
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
    expect(await notificationsAbout(reminders.kit.dataSource, kase.id)).toHaveLength(2);
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
