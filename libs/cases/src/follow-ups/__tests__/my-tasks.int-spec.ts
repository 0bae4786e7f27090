// `myTasks` on the real database: each filter, only the caller's own cases, closed cases left out, and paging.
import { uniqueTag } from '@kakehashi/testing';
import { encodeCursor } from '@kakehashi/graphql-core';
import { refusal } from '../../__tests__/case-test-kit';
import { CaseExceptionCode } from '../../case.exception';
import { FollowUpMethod } from '../case-follow-up.entity';
import { CaseTaskStatus } from '../case-task.entity';
import { CaseTaskFilter } from '../case-task.model';
import { dueMomentOf } from '../reminder-time';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
import { MyTasksService } from '../services/my-tasks.service';
import { RecordFollowUpService } from '../services/record-follow-up.service';
import {
  establishedCase,
  eventually,
  newTeam,
  readCase,
  remindersTestingModule,
  tasksOf,
  type CaseTeam,
  type RemindersKit,
} from './reminders-kit';

jest.setTimeout(60_000);

describe('myTasks', () => {
  let kit: RemindersKit;
  let lists: MyTasksService;
  let team: CaseTeam;
  let other: CaseTeam;
  const numbers: Record<string, number> = {};

  const list = async (user: { id: string }, filter: CaseTaskFilter, first = 50, after?: string) =>
    lists.list(user as never, { filter, first, after });
  const lines = async (user: { id: string }, filter: CaseTaskFilter) =>
    (await list(user, filter)).edges.map(
      ({ node }) =>
        `${Object.keys(numbers).find((k) => numbers[k] === node.caseNumber)} ${node.kind} ${node.dueOn}`,
    );

  beforeAll(async () => {
    kit = await remindersTestingModule({ inProcessJobs: true });
    lists = kit.moduleRef.get(MyTasksService);
    team = await newTeam(kit.dataSource);
    other = await newTeam(kit.dataSource);
    const scheduler = kit.moduleRef.get(CaseReminderScheduler);

    // Seen on 2026-10-21 at 10:00 in Japan.
    kit.clock.setTo(new Date(dueMomentOf('2026-10-21').getTime() + 3600_000));
    const cases = {
      long: await establishedCase(kit.moduleRef, team, { establishedOn: '2026-06-01', endOn: '2027-05-31' }),
      ended: await establishedCase(kit.moduleRef, team, { establishedOn: '2026-08-03', endOn: '2026-10-20' }),
      today: await establishedCase(kit.moduleRef, team, { establishedOn: '2026-09-21', endOn: '2026-12-20' }),
      others: await establishedCase(kit.moduleRef, other, {
        establishedOn: '2026-09-01',
        endOn: '2027-02-28',
      }),
    };
    for (const [name, kase] of Object.entries(cases)) {
      numbers[name] = kase.number;
      await scheduler.syncForCase(kase.id);
    }
    // Every task whose moment has passed is due.
    for (const kase of Object.values(cases)) {
      await eventually(
        () => tasksOf(kit.dataSource, kase.id),
        (rows) => rows.every((t) => t.dueOn <= '2026-10-21' === (t.status === CaseTaskStatus.DUE)),
      );
    }
    // One follow-up answered.
    const first = (await tasksOf(kit.dataSource, cases.long.id))[0];
    await kit.moduleRef.get(RecordFollowUpService).record(team.receiving, {
      caseId: cases.long.id,
      expectedVersion: (await readCase(kit.dataSource, cases.long.id)).version,
      taskId: first.id,
      heldOn: '2026-07-03',
      method: FollowUpMethod.PHONE,
      secondeeSituation: `問題なし ${uniqueTag()}`,
    });
  });

  afterAll(async () => {
    await kit?.close();
  });

  it('lists what is due today or earlier and not done, oldest first', async () => {
    const due = await lines(team.sending, CaseTaskFilter.DUE);
    expect(due.slice(0, 3)).toEqual([
      'ended FOLLOW_UP 2026-09-03',
      'ended FOLLOW_UP 2026-09-20',
      'long FOLLOW_UP 2026-10-01',
    ]);
    // Two on the same day: in id order, whichever that is.
    expect(due.slice(3).sort()).toEqual(['ended END_DATE_PASSED 2026-10-21', 'today FOLLOW_UP 2026-10-21']);
    const page = await list(team.sending, CaseTaskFilter.DUE);
    expect(page.totalCount).toBe(5);
    expect(page.edges[0].node).toMatchObject({
      caseNumber: numbers['ended'],
      stage: 'STARTED',
      status: CaseTaskStatus.DUE,
      title: `フォローアップ: 案件No.${numbers['ended']}`,
      becameDueAt: expect.any(Date),
      doneAt: null,
    });
  });

  it('lists as overdue what is due before today, and every end date passed', async () => {
    const overdue = await list(team.receiving, CaseTaskFilter.OVERDUE);
    expect(await lines(team.receiving, CaseTaskFilter.OVERDUE)).toEqual([
      'ended FOLLOW_UP 2026-09-03',
      'ended FOLLOW_UP 2026-09-20',
      'long FOLLOW_UP 2026-10-01',
      'ended END_DATE_PASSED 2026-10-21',
    ]);
    expect(overdue.totalCount).toBe(4);
    expect(overdue.edges[3].node.title).toBe(`出向終了日経過・未完了: 案件No.${numbers['ended']}`);
  });

  it('lists what is scheduled for later days, and what is done', async () => {
    expect(await lines(team.sending, CaseTaskFilter.UPCOMING)).toEqual([
      'today FOLLOW_UP 2026-11-20',
      'today END_DATE_PASSED 2026-12-21',
      'long FOLLOW_UP 2027-01-01',
      'long FOLLOW_UP 2027-04-01',
      'long FOLLOW_UP 2027-04-30',
      'long END_DATE_PASSED 2027-06-01',
    ]);
    const done = await list(team.sending, CaseTaskFilter.DONE);
    expect(done.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        caseNumber: numbers['long'],
        dueOn: '2026-07-01',
        status: CaseTaskStatus.DONE,
        doneByUserId: team.receiving.id,
        followUpId: expect.any(String),
        doneAt: expect.any(Date),
      }),
    ]);
  });

  it('shows each consultant only the cases they are in charge of', async () => {
    expect(await lines(other.sending, CaseTaskFilter.DUE)).toEqual(['others FOLLOW_UP 2026-10-01']);
    expect(await lines(other.receiving, CaseTaskFilter.DONE)).toEqual([]);
    const stranger = (await newTeam(kit.dataSource)).sending;
    for (const filter of Object.values(CaseTaskFilter)) {
      expect((await list(stranger, filter)).totalCount).toBe(0);
    }
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = await list(team.sending, CaseTaskFilter.DUE, 2);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list(team.sending, CaseTaskFilter.DUE, 2, first.pageInfo.endCursor!);
    const third = await list(team.sending, CaseTaskFilter.DUE, 2, second.pageInfo.endCursor!);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges, ...third.edges].map((e) => e.node.dueOn)).toEqual([
      '2026-09-03',
      '2026-09-20',
      '2026-10-01',
      '2026-10-21',
      '2026-10-21',
    ]);
    const done = await list(team.sending, CaseTaskFilter.DONE, 1);
    const afterDone = await list(team.sending, CaseTaskFilter.DONE, 1, done.pageInfo.endCursor!);
    expect(afterDone.edges).toEqual([]);

    const forged = await refusal(
      list(team.sending, CaseTaskFilter.DONE, 5, encodeCursor(['2026-10-01', 'x'])),
    );
    expect(forged.code).toBe(CaseExceptionCode.INVALID_INPUT);
    expect(forged.fields).toEqual([{ field: 'after', message: 'ページ位置(カーソル)が正しくありません。' }]);
  });

  it('leaves out the due tasks of a case once it is closed', async () => {
    const team2 = await newTeam(kit.dataSource);
    const kase = await establishedCase(kit.moduleRef, team2, {
      establishedOn: '2026-08-03',
      endOn: '2026-10-20',
    });
    await kit.moduleRef.get(CaseReminderScheduler).syncForCase(kase.id);
    await eventually(
      () => tasksOf(kit.dataSource, kase.id),
      (rows) => rows.every((t) => t.status === CaseTaskStatus.DUE),
    );
    expect((await list(team2.sending, CaseTaskFilter.DUE)).totalCount).toBe(3);

    await kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'COMPLETED', "completion_outcome" = 'RETURNED' WHERE "id" = $1`,
      [kase.id],
    );
    expect((await list(team2.sending, CaseTaskFilter.DUE)).totalCount).toBe(0);
    expect((await list(team2.sending, CaseTaskFilter.OVERDUE)).totalCount).toBe(0);
  });
});
