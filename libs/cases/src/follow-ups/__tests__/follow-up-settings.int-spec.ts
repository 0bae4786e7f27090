import { toApiError } from '@kakehashi/graphql-core';
// What changes the whole database, on a database of this file's own: the follow-up defaults (one row) and how they
// reach existing cases, the sweep over every case, and its daily schedule.
import { Role } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { insertUser, refusal } from '../../__tests__/case-test-kit';
import { CaseExceptionCode } from '../../case.exception';
import { CASE_TASK_SWEEP_SCHEDULER_ID } from '../case-task-jobs';
import { CaseTaskStatus } from '../case-task.entity';
import { readFollowUpSettings } from '../follow-up-settings.queries';
import { FollowUpSettingsResolver } from '../follow-up-settings.resolver';
import { dueMomentOf } from '../reminder-time';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
import { CaseTaskSweepService } from '../services/case-task-sweep.service';
import { UpdateFollowUpSettingsService } from '../services/update-follow-up-settings.service';
import {
  establishedCase,
  newTeam,
  notificationsAbout,
  scratchRemindersModule,
  taskSummary,
  type RemindersKit,
} from './reminders-kit';

jest.setTimeout(120_000);

describe('follow-up settings and the sweep (a database of their own)', () => {
  let kit: RemindersKit;

  beforeAll(async () => {
    kit = await scratchRemindersModule({ CASES_REMINDER_SWEEP_CRON: '30 9 * * *' });
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('starts from the defaults of the migration', async () => {
    await expect(kit.moduleRef.get(FollowUpSettingsResolver).caseFollowUpSettings()).resolves.toMatchObject({
      firstAfterMonths: 1,
      intervalMonths: 3,
      beforeEndMonths: 1,
      transferHorizonMonths: 12,
      version: 1,
      updatedByUserId: null,
    });
  });

  it('lets an administrator change them, refuses values out of range and a stale version', async () => {
    const admin = await insertUser(kit.dataSource, Role.ADMIN);
    const updates = kit.moduleRef.get(UpdateFollowUpSettingsService);
    const before = await readFollowUpSettings(kit.dataSource);

    const invalid = await refusal(
      updates.update(admin, {
        firstAfterMonths: 25,
        intervalMonths: 0,
        beforeEndMonths: -1,
        transferHorizonMonths: 1.5,
        expectedVersion: before.version,
      }),
    );
    expect(invalid.code).toBe(CaseExceptionCode.INVALID_INPUT);
    expect(invalid.fields).toEqual([
      {
        field: 'input.firstAfterMonths',
        message: '最初のフォローアップまでの月数は0以上24以下の整数で入力してください。',
      },
      {
        field: 'input.intervalMonths',
        message: 'フォローアップの間隔(月)は1以上24以下の整数で入力してください。',
      },
      {
        field: 'input.beforeEndMonths',
        message: '終了日前のフォローアップの月数は0以上12以下の整数で入力してください。',
      },
      {
        field: 'input.transferHorizonMonths',
        message: '移籍後のフォローアップ期間(月)は0以上60以下の整数で入力してください。',
      },
    ]);
    expect(await readFollowUpSettings(kit.dataSource)).toEqual(before);

    const updated = await updates.update(admin, { intervalMonths: 6, expectedVersion: before.version });
    expect(updated).toMatchObject({
      firstAfterMonths: 1,
      intervalMonths: 6,
      beforeEndMonths: 1,
      transferHorizonMonths: 12,
      version: before.version + 1,
      updatedByUserId: admin.id,
    });

    const stale = await refusal(
      updates.update(admin, { intervalMonths: 2, expectedVersion: before.version }),
    );
    expect(stale.code).toBe(CaseExceptionCode.FOLLOW_UP_SETTINGS_STALE);
    expect(toApiError(stale).extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: before.version + 1,
    });
    expect((await readFollowUpSettings(kit.dataSource)).intervalMonths).toBe(6);

    await updates.update(admin, { intervalMonths: 3, expectedVersion: before.version + 1 });
  });

  it('applies new defaults to an existing case at its next reschedule, not before', async () => {
    const admin = await insertUser(kit.dataSource, Role.ADMIN);
    const team = await newTeam(kit.dataSource);
    const scheduler = kit.moduleRef.get(CaseReminderScheduler);
    const kase = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-04-01',
      endOn: '2027-03-31',
    });
    kit.clock.before('2026-05-01', 3600_000);
    await scheduler.syncForCase(kase.id);
    const planned = await taskSummary(kit.dataSource, kase.id);

    const current = await readFollowUpSettings(kit.dataSource);
    await kit.moduleRef
      .get(UpdateFollowUpSettingsService)
      .update(admin, { intervalMonths: 6, beforeEndMonths: 0, expectedVersion: current.version });
    // Nothing moves by itself.
    expect(await taskSummary(kit.dataSource, kase.id)).toEqual(planned);

    await scheduler.syncForCase(kase.id);
    expect((await taskSummary(kit.dataSource, kase.id)).filter((t) => !t.endsWith('CANCELLED'))).toEqual([
      'FOLLOW_UP 2026-05-01 SCHEDULED',
      'FOLLOW_UP 2026-11-01 SCHEDULED',
      'END_DATE_PASSED 2027-04-01 SCHEDULED',
    ]);
    const restored = await readFollowUpSettings(kit.dataSource);
    await kit.moduleRef
      .get(UpdateFollowUpSettingsService)
      .update(admin, { intervalMonths: 3, beforeEndMonths: 1, expectedVersion: restored.version });
  });

  it('registers the daily sweep at the configured time; the sweep makes due every case’s missed tasks, once', async () => {
    const jobs = kit.moduleRef.get(JobQueue);
    await expect(jobs.getSchedule(QueueName.CASES, CASE_TASK_SWEEP_SCHEDULER_ID)).resolves.toMatchObject({
      name: JobName.CASE_TASK_SWEEP,
      cron: '30 9 * * *',
      timezone: 'Asia/Tokyo',
    });

    const team = await newTeam(kit.dataSource);
    const a = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    const b = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-15',
      moveType: 'TRANSFER',
    });
    // Tasks written while their jobs are lost (as if Redis were flushed): straight into the table.
    for (const [kase, dueOn] of [
      [a, '2026-07-01'],
      [b, '2026-07-15'],
    ] as const) {
      await kit.dataSource.query(
        `INSERT INTO "case_tasks" ("case_id", "kind", "due_on", "status") VALUES ($1, 'FOLLOW_UP', $2, 'SCHEDULED')`,
        [kase.id, dueOn],
      );
    }
    kit.clock.setTo(new Date(dueMomentOf('2026-07-15').getTime() + 60_000));

    const outcome = await kit.moduleRef.get(CaseTaskSweepService).sweep();
    expect(outcome.DUE).toBeGreaterThanOrEqual(2);
    expect(await taskSummary(kit.dataSource, a.id)).toEqual([`FOLLOW_UP 2026-07-01 ${CaseTaskStatus.DUE}`]);
    expect(await taskSummary(kit.dataSource, b.id)).toEqual([`FOLLOW_UP 2026-07-15 ${CaseTaskStatus.DUE}`]);
    expect(await notificationsAbout(kit.dataSource, b.id)).toHaveLength(2);
    await expect(kit.moduleRef.get(CaseTaskSweepService).sweep()).resolves.toMatchObject({ DUE: 0 });
  });
});
