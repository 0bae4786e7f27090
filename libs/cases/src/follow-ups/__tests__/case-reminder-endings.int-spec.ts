// Reminders at the end of a case, the sweep and cases never established, on the real queue (BullMQ on the test
// Redis, this process as the worker) and the real database; the clock is moved as in case-reminders.int-spec.ts.
import { JobName, QueueName } from '@kakehashi/jobs';
import { CaseStage, CompletionOutcome } from '../../workflow/case-stage';

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
  remindersOnBullMq,
  taskSummary,
  tasksOf,
  liveTask,
} from './reminders-kit';

jest.setTimeout(90_000);

describe('case reminders at the end of a case, on BullMQ', () => {
  const reminders = remindersOnBullMq();

  it('raises an end-date-passed task when the end date passes without completion', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    reminders.kit.clock.before('2026-10-21', 1500);
    await reminders.scheduler.syncForCase(kase.id);

    const tasks = await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) => rows.every((t) => t.status === CaseTaskStatus.DUE),
    );
    expect(tasks.map((t) => `${t.kind} ${t.dueOn}`)).toEqual([
      'FOLLOW_UP 2026-09-03',
      'FOLLOW_UP 2026-09-20',
      'END_DATE_PASSED 2026-10-21',
    ]);
    const end = liveTask(tasks, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    const about = await notificationsAbout(reminders.kit.dataSource, kase.id);
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
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    reminders.kit.clock.before('2026-10-21', 3600_000);
    await reminders.scheduler.syncForCase(kase.id);
    const tasks = await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) => rows.filter((t) => t.status === CaseTaskStatus.DUE).length === 2,
    );

    // The consultants record the follow-up, move to STEP6 and complete the case (the real use cases).
    let current = await reminders.kit.moduleRef.get(RecordFollowUpService).record(team.sending, {
      caseId: kase.id,
      expectedVersion: (await readCase(reminders.kit.dataSource, kase.id)).version,
      taskId: liveTask(tasks, CaseTaskKind.FOLLOW_UP, '2026-09-20').id,
      heldOn: '2026-09-25',
      method: FollowUpMethod.VISIT,
      secondeeSituation: '順調に勤務している。',
    });
    current = await reminders.kit.moduleRef
      .get(AdvanceCaseService)
      .advance(team.sending, { caseId: current.id, expectedVersion: current.version });
    expect(current.stage).toBe(CaseStage.FOLLOW_UP);
    current = await reminders.kit.moduleRef.get(CompleteCaseService).complete(team.sending, {
      caseId: current.id,
      expectedVersion: current.version,
      outcome: CompletionOutcome.RETURNED,
      completedOn: '2026-10-20',
    });
    expect(current.stage).toBe(CaseStage.COMPLETED);

    const end = liveTask(tasks, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    expect(await taskSummary(reminders.kit.dataSource, kase.id)).toEqual([
      // Not answered before the completion: stays as the record of a follow-up not made.
      'FOLLOW_UP 2026-09-03 DUE',
      'FOLLOW_UP 2026-09-20 DONE',
      'END_DATE_PASSED 2026-10-21 CANCELLED',
    ]);
    await expect(reminders.jobs.getJob(QueueName.CASES, caseTaskJobId(end.id))).resolves.toBeNull();

    // The end date passes; even the sweep finds nothing to raise.
    reminders.kit.clock.setTo(new Date(dueMomentOf('2026-10-21').getTime() + 60_000));
    await expect(
      reminders.kit.moduleRef.get(CaseTaskSweepService).sweep({ caseIds: [kase.id] }),
    ).resolves.toMatchObject({
      DUE: 0,
      CANCELLED: 0,
    });
    const notices = await notificationsAbout(reminders.kit.dataSource, kase.id);
    expect(notices.filter((n) => n.kind === 'CASE_END_DATE_PASSED')).toEqual([]);
  });

  it('cancels the end-date check when its job finds the case completed (before the completion’s sync ran)', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    reminders.kit.clock.before('2026-10-21', 3600_000);
    await reminders.scheduler.syncForCase(kase.id);
    // The follow-ups already past fall due at once on the worker; let them, so the completion below does not race them.
    const due = await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) =>
        rows.filter((t) => t.kind === CaseTaskKind.FOLLOW_UP).every((t) => t.status === CaseTaskStatus.DUE),
    );
    const end = liveTask(due, CaseTaskKind.END_DATE_PASSED, '2026-10-21');
    await reminders.kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'COMPLETED', "completion_outcome" = 'RETURNED', "ended_on" = '2026-10-20'
        WHERE "id" = $1`,
      [kase.id],
    );

    await expect(
      reminders.kit.moduleRef.get(CaseTaskDueProcessor).handle({ taskId: end.id }),
    ).resolves.toEqual({
      outcome: 'CANCELLED',
    });
    // Only the end-date check is cancelled; the follow-ups that fell due stay as the record of work not done.
    expect(
      liveTask(await tasksOf(reminders.kit.dataSource, kase.id), CaseTaskKind.FOLLOW_UP, '2026-09-03').status,
    ).toBe(CaseTaskStatus.DUE);
    const after = (await tasksOf(reminders.kit.dataSource, kase.id)).find((t) => t.id === end.id);
    expect(after?.status).toBe(CaseTaskStatus.CANCELLED);
    expect(
      (await notificationsAbout(reminders.kit.dataSource, kase.id)).filter(
        (n) => n.kind === 'CASE_END_DATE_PASSED',
      ),
    ).toEqual([]);
  });

  it('lets the sweep make due a task whose job was lost, once', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    reminders.kit.clock.before('2026-07-01', 3600_000);
    await reminders.scheduler.syncForCase(kase.id);
    const first = liveTask(
      await tasksOf(reminders.kit.dataSource, kase.id),
      CaseTaskKind.FOLLOW_UP,
      '2026-07-01',
    );
    // Redis forgets the job.
    await expect(reminders.jobs.cancel(QueueName.CASES, caseTaskJobId(first.id))).resolves.toBe(true);

    reminders.kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 60_000));
    const sweep = await reminders.jobs.enqueue(QueueName.CASES, JobName.CASE_TASK_SWEEP, {
      caseIds: [kase.id],
    });
    const done = await eventually(
      () => reminders.jobs.getJob(QueueName.CASES, sweep.id),
      (job) => job?.state === 'completed' || job?.state === 'failed',
    );
    expect(done).toMatchObject({ state: 'completed', result: { DUE: 1, CANCELLED: 0 } });

    expect(await taskSummary(reminders.kit.dataSource, kase.id)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 SCHEDULED',
      'FOLLOW_UP 2027-01-01 SCHEDULED',
      'FOLLOW_UP 2027-04-01 SCHEDULED',
      'FOLLOW_UP 2027-04-30 SCHEDULED',
      'END_DATE_PASSED 2027-06-01 SCHEDULED',
    ]);
    expect(await notificationsAbout(reminders.kit.dataSource, kase.id)).toHaveLength(2);
    await expect(
      reminders.kit.moduleRef.get(CaseTaskSweepService).sweep({ caseIds: [kase.id] }),
    ).resolves.toMatchObject({
      DUE: 0,
    });
    expect(await notificationsAbout(reminders.kit.dataSource, kase.id)).toHaveLength(2);
  });

  it('plans nothing for a case not yet established, and cancels what is scheduled when it ends as not established', async () => {
    const team = await newTeam(reminders.kit.dataSource);
    const open = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
      stage: CaseStage.CONTRACT,
    });
    await reminders.kit.dataSource.query(`UPDATE "cases" SET "established_on" = NULL WHERE "id" = $1`, [
      open.id,
    ]);
    await expect(reminders.scheduler.syncForCase(open.id)).resolves.toMatchObject({ planned: 0, added: 0 });
    expect(await tasksOf(reminders.kit.dataSource, open.id)).toEqual([]);

    const kase = await establishedCase(reminders.kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    reminders.kit.clock.setTo(new Date(dueMomentOf('2026-07-01').getTime() + 60_000));
    await reminders.scheduler.syncForCase(kase.id);
    await eventually(
      () => tasksOf(reminders.kit.dataSource, kase.id),
      (rows) => liveTask(rows, CaseTaskKind.FOLLOW_UP, '2026-07-01').status === CaseTaskStatus.DUE,
    );
    await reminders.kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'NOT_ESTABLISHED', "not_established_reason" = 'OTHER' WHERE "id" = $1`,
      [kase.id],
    );
    await expect(reminders.scheduler.syncForCase(kase.id)).resolves.toMatchObject({
      planned: 0,
      cancelled: 5,
      scheduled: 0,
    });
    expect(await taskSummary(reminders.kit.dataSource, kase.id)).toEqual([
      'FOLLOW_UP 2026-07-01 DUE',
      'FOLLOW_UP 2026-10-01 CANCELLED',
      'FOLLOW_UP 2027-01-01 CANCELLED',
      'FOLLOW_UP 2027-04-01 CANCELLED',
      'FOLLOW_UP 2027-04-30 CANCELLED',
      'END_DATE_PASSED 2027-06-01 CANCELLED',
    ]);
  });
});
