import { toApiError } from '@kakehashi/graphql-core';
// Recording a follow-up (STEP6) on the real database: the task it answers, the case's version and history, and every
// refusal with its code and Japanese message.
import { Role } from '@kakehashi/authz';
import { JobQueue, QueueName } from '@kakehashi/jobs';
import type { ApiError } from '@kakehashi/graphql-core';
import { insertUser, refusal } from '../../__tests__/case-test-kit';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseExceptionCode } from '../../case.exception';
import { CaseStage } from '../../workflow/case-stage';
import { FollowUpMethod } from '../case-follow-up.entity';
import { caseTaskJobId } from '../case-task-jobs';
import { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import type { RecordFollowUpInput } from '../dtos/record-follow-up.input';
import { dueMomentOf } from '../reminder-time';
import { CaseReminderScheduler } from '../services/case-reminder.scheduler';
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
  type TaskRow,
} from './reminders-kit';

jest.setTimeout(60_000);

describe('recordFollowUp', () => {
  let kit: RemindersKit;
  let records: RecordFollowUpService;

  beforeAll(async () => {
    kit = await remindersTestingModule();
    records = kit.moduleRef.get(RecordFollowUpService);
  });

  afterAll(async () => {
    await kit?.close();
  });

  /** A secondment started 2026-06-01 (to 2027-05-31), seen on 2026-07-02: its first follow-up is due. */
  async function caseWithDueFollowUp(): Promise<{ team: CaseTeam; kase: CaseEntity; tasks: TaskRow[] }> {
    const team = await newTeam(kit.dataSource);
    const created = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
    });
    kit.clock.setTo(new Date(dueMomentOf('2026-07-02').getTime() + 3600_000));
    await kit.moduleRef.get(CaseReminderScheduler).syncForCase(created.id);
    const tasks = await eventually(
      () => tasksOf(kit.dataSource, created.id),
      (rows) => rows[0]?.status === CaseTaskStatus.DUE,
    );
    return { team, kase: await readCase(kit.dataSource, created.id), tasks };
  }

  function input(kase: CaseEntity, extra: Partial<RecordFollowUpInput> = {}): RecordFollowUpInput {
    return {
      caseId: kase.id,
      expectedVersion: kase.version,
      heldOn: '2026-07-02',
      method: FollowUpMethod.VISIT,
      participants: '出向者本人、受入企業の現場責任者',
      secondeeSituation: '業務に慣れ、体調も良好。',
      senderSituation: '  ',
      receiverSituation: '戦力として評価している。',
      issues: null,
      actions: '3か月後に再訪問する。',
      ...extra,
    };
  }

  it('records the follow-up, completes its task and raises the version with a history entry', async () => {
    const { team, kase, tasks } = await caseWithDueFollowUp();
    const task = tasks[0];

    const updated = await records.record(team.receiving, input(kase, { taskId: task.id }));

    expect(updated.version).toBe(kase.version + 1);
    expect(updated.stage).toBe(CaseStage.STARTED);
    const [followUp] = await kit.dataSource.query(
      `SELECT "id", "task_id", "held_on"::text AS "held_on", "method", "conducted_by_user_id", "participants",
              "secondee_situation", "sender_situation", "receiver_situation", "issues", "actions"
         FROM "case_follow_ups" WHERE "case_id" = $1`,
      [kase.id],
    );
    expect(followUp).toMatchObject({
      task_id: task.id,
      held_on: '2026-07-02',
      method: 'VISIT',
      conducted_by_user_id: team.receiving.id,
      secondee_situation: '業務に慣れ、体調も良好。',
      sender_situation: null,
      issues: null,
      actions: '3か月後に再訪問する。',
    });
    const done = (await tasksOf(kit.dataSource, kase.id))[0];
    expect(done).toMatchObject({
      id: task.id,
      status: CaseTaskStatus.DONE,
      doneByUserId: team.receiving.id,
      followUpId: followUp.id,
    });
    expect(done.doneAt).toBeInstanceOf(Date);
    const history = await kit.dataSource.query(
      `SELECT "action", "actor_user_id", "case_version" FROM "case_history" WHERE "case_id" = $1 ORDER BY "seq" DESC LIMIT 1`,
      [kase.id],
    );
    expect(history).toEqual([
      { action: 'FOLLOW_UP_RECORDED', actor_user_id: team.receiving.id, case_version: updated.version },
    ]);
  });

  it('refuses a stale version with CONFLICT and the current state, recording nothing', async () => {
    const { team, kase, tasks } = await caseWithDueFollowUp();
    await records.record(team.sending, input(kase));

    const refused = await refusal(records.record(team.receiving, input(kase, { taskId: tasks[0].id })));

    expect(refused.code).toBe(CaseExceptionCode.STALE_VERSION);
    const api = toApiError(refused) as ApiError;
    expect(api.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: kase.version + 1 });
    expect((await tasksOf(kit.dataSource, kase.id))[0].status).toBe(CaseTaskStatus.DUE);
    const [{ n }] = await kit.dataSource.query(
      `SELECT count(*)::int AS "n" FROM "case_follow_ups" WHERE "case_id" = $1`,
      [kase.id],
    );
    expect(n).toBe(1);
  });

  it('completes a scheduled task early and takes its job off the queue', async () => {
    const { team, kase, tasks } = await caseWithDueFollowUp();
    const next = tasks.find((t) => t.dueOn === '2026-10-01')!;
    const jobs = kit.moduleRef.get(JobQueue);
    await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(next.id))).resolves.toMatchObject({
      state: 'delayed',
    });

    await records.record(team.sending, input(kase, { taskId: next.id }));

    expect((await tasksOf(kit.dataSource, kase.id)).find((t) => t.id === next.id)?.status).toBe(
      CaseTaskStatus.DONE,
    );
    await expect(jobs.getJob(QueueName.CASES, caseTaskJobId(next.id))).resolves.toBeNull();
  });

  it('reports every input problem at once, in Japanese', async () => {
    const { team, kase } = await caseWithDueFollowUp();

    const refused = await refusal(
      records.record(
        team.sending,
        input(kase, { heldOn: '2026-07-03', secondeeSituation: ' ', participants: 'あ'.repeat(501) }),
      ),
    );

    expect(refused.code).toBe(CaseExceptionCode.INVALID_INPUT);
    expect(refused.fields).toEqual([
      { field: 'input.heldOn', message: '実施日に未来の日付は入力できません。' },
      { field: 'input.participants', message: '参加者は500文字以内で入力してください。' },
      { field: 'input.secondeeSituation', message: '本人の状況を入力してください。' },
    ]);
    expect(toApiError(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const early = await refusal(records.record(team.sending, input(kase, { heldOn: '2026-05-31' })));
    expect(early.fields).toEqual([
      { field: 'input.heldOn', message: '実施日は成立日(2026-06-01)以降の日付を入力してください。' },
    ]);
    const malformed = await refusal(records.record(team.sending, input(kase, { heldOn: '2026-02-30' })));
    expect(malformed.fields).toEqual([
      { field: 'input.heldOn', message: '実施日は YYYY-MM-DD 形式の正しい日付で入力してください。' },
    ]);
  });

  it('accepts only a due or scheduled follow-up task of the same case', async () => {
    const { team, kase, tasks } = await caseWithDueFollowUp();
    const other = await caseWithDueFollowUp();
    const end = tasks.find((t) => t.kind === CaseTaskKind.END_DATE_PASSED)!;

    const foreign = await refusal(records.record(team.sending, input(kase, { taskId: other.tasks[0].id })));
    expect(foreign.fields).toEqual([
      { field: 'input.taskId', message: 'この案件のタスクが見つかりません。' },
    ]);
    const notAnId = await refusal(records.record(team.sending, input(kase, { taskId: 'task-1' })));
    expect(notAnId.fields).toEqual([
      { field: 'input.taskId', message: 'この案件のタスクが見つかりません。' },
    ]);
    const endCheck = await refusal(records.record(team.sending, input(kase, { taskId: end.id })));
    expect(endCheck.fields).toEqual([
      {
        field: 'input.taskId',
        message: '出向終了日経過のタスクはフォローアップでは完了できません。案件の完了を記録してください。',
      },
    ]);

    const after = await records.record(team.sending, input(kase, { taskId: tasks[0].id }));
    const again = await refusal(records.record(team.sending, input(after, { taskId: tasks[0].id })));
    expect(again.fields).toEqual([{ field: 'input.taskId', message: 'このタスクは既に完了しています。' }]);
  });

  it('is refused before the establishment, after the case closed, and to consultants of other offices', async () => {
    const team = await newTeam(kit.dataSource);
    const notYet = await establishedCase(kit.moduleRef, team, {
      establishedOn: '2026-06-01',
      endOn: '2027-05-31',
      stage: CaseStage.CONTRACT,
    });
    await kit.dataSource.query(`UPDATE "cases" SET "established_on" = NULL WHERE "id" = $1`, [notYet.id]);
    const early = await refusal(
      records.record(team.sending, input(await readCase(kit.dataSource, notYet.id))),
    );
    expect(early.code).toBe(CaseExceptionCode.FOLLOW_UP_NOT_ALLOWED);
    expect(early.message).toBe('フォローアップは、成立(出向開始・採用)を記録した案件にのみ記録できます。');
    expect(toApiError(early).extensions).toMatchObject({ code: 'FAILED_PRECONDITION' });

    const { kase } = await caseWithDueFollowUp();
    const osaka = await insertUser(kit.dataSource, Role.CONSULTANT, '27');
    const outsider = await refusal(records.record(osaka, input(kase)));
    expect(outsider.code).toBe(CaseExceptionCode.NOT_INVOLVED);
    const hq = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    await expect(records.record(hq, input(kase))).resolves.toMatchObject({ version: kase.version + 1 });

    await kit.dataSource.query(
      `UPDATE "cases" SET "stage" = 'COMPLETED', "completion_outcome" = 'RETURNED' WHERE "id" = $1`,
      [kase.id],
    );
    const closed = await refusal(records.record(hq, input(await readCase(kit.dataSource, kase.id))));
    expect(closed.code).toBe(CaseExceptionCode.CASE_CLOSED);
  });
});
