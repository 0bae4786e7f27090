// The case tasks' SQL: the reminders' reconciliation, the move to DUE, the sweep and the completion by a follow-up.
// Plain SQL (the worker's reminders module registers no entity); every caller passes its transaction.
import type { MoveType } from '@kakehashi/offers';
import type { EntityManager } from 'typeorm';
import { TERMINAL_STAGES, type CaseStage } from '../workflow/case-stage';
import type { CaseTaskKind, CaseTaskStatus } from './case-task.entity';
import type { CaseTaskFilter } from './case-task.model';

type Sql = Pick<EntityManager, 'query'>;

/** What the reminders' plan reads of a case. */
export interface ReminderCaseRow {
  move_type: MoveType;
  stage: CaseStage;
  established_on: string | null;
  contract: { startOn?: string | null; endOn?: string | null } | null;
}

export interface LiveTaskRow {
  id: string;
  kind: CaseTaskKind;
  due_on: string;
  status: CaseTaskStatus;
}

/** A task with what its notification and the DUE check read of its case. */
export interface DueTaskRow extends LiveTaskRow {
  case_id: string;
  number: number;
  move_type: MoveType;
  stage: CaseStage;
  established_on: string | null;
  sending_consultant_id: string | null;
  receiving_consultant_id: string | null;
}

/**
 * The case, locked against other syncs and the case's own commands (which lock it FOR UPDATE), so each sync reads the
 * state the previous one left; FK inserts (KEY SHARE) are not blocked.
 */
export async function lockCaseForReminders(tx: Sql, caseId: string): Promise<ReminderCaseRow | undefined> {
  const [kase] = await tx.query<ReminderCaseRow[]>(
    `SELECT "move_type", "stage", "established_on"::text AS "established_on", "contract"
       FROM "cases" WHERE "id" = $1 FOR NO KEY UPDATE`,
    [caseId],
  );
  return kase;
}

/** The case's tasks that are not cancelled. */
export function selectLiveTasks(tx: Sql, caseId: string): Promise<LiveTaskRow[]> {
  return tx.query<LiveTaskRow[]>(
    `SELECT "id", "kind", "due_on"::text AS "due_on", "status"
       FROM "case_tasks" WHERE "case_id" = $1 AND "status" <> 'CANCELLED'`,
    [caseId],
  );
}

/** Cancels those of `ids` still scheduled; returns the ones it cancelled. */
export function cancelScheduledTasks(tx: Sql, ids: string[]): Promise<{ id: string }[]> {
  return tx.query<{ id: string }[]>(
    `WITH "u" AS (
       UPDATE "case_tasks" SET "status" = 'CANCELLED', "updated_at" = now()
        WHERE "id" = ANY($1::uuid[]) AND "status" = 'SCHEDULED'
       RETURNING "id"
     )
     SELECT "id" FROM "u"`,
    [ids],
  );
}

/** Adds the tasks as scheduled; one already live for its kind and day is left (the live unique index). */
export function insertScheduledTasks(
  tx: Sql,
  caseId: string,
  tasks: { kind: CaseTaskKind; dueOn: string }[],
): Promise<{ id: string }[]> {
  return tx.query<{ id: string }[]>(
    `INSERT INTO "case_tasks" ("case_id", "kind", "due_on", "status")
     SELECT $1, m."kind", m."due_on"::date, 'SCHEDULED'
       FROM unnest($2::text[], $3::text[]) AS m("kind", "due_on")
     ON CONFLICT ("case_id", "kind", "due_on") WHERE "status" <> 'CANCELLED' DO NOTHING
     RETURNING "id"`,
    [caseId, tasks.map((t) => t.kind), tasks.map((t) => t.dueOn)],
  );
}

/** The case's tasks waiting for their moment. */
export function selectScheduledTasks(tx: Sql, caseId: string): Promise<{ id: string; due_on: string }[]> {
  return tx.query<{ id: string; due_on: string }[]>(
    `SELECT "id", "due_on"::text AS "due_on" FROM "case_tasks" WHERE "case_id" = $1 AND "status" = 'SCHEDULED'`,
    [caseId],
  );
}

/** The task with its case, the task's row locked. */
export async function lockTaskWithCase(tx: Sql, taskId: string): Promise<DueTaskRow | undefined> {
  const [task] = await tx.query<DueTaskRow[]>(
    `SELECT t."id", t."kind", t."due_on"::text AS "due_on", t."status", c."id" AS "case_id", c."number",
            c."move_type", c."stage", c."established_on"::text AS "established_on",
            c."sending_consultant_id", c."receiving_consultant_id"
       FROM "case_tasks" t JOIN "cases" c ON c."id" = t."case_id"
      WHERE t."id" = $1
        FOR UPDATE OF t`,
    [taskId],
  );
  return task;
}

export async function cancelTask(tx: Sql, taskId: string): Promise<void> {
  await tx.query(`UPDATE "case_tasks" SET "status" = 'CANCELLED', "updated_at" = now() WHERE "id" = $1`, [
    taskId,
  ]);
}

export async function markTaskDue(tx: Sql, taskId: string, at: Date): Promise<void> {
  await tx.query(
    `UPDATE "case_tasks" SET "status" = 'DUE', "became_due_at" = $2, "updated_at" = now() WHERE "id" = $1`,
    [taskId, at],
  );
}

/**
 * A batch of scheduled tasks due by `lastDueDay` (of `caseIds` only, when given), in (due_on, id) order after
 * `after`: a keyset, so every task is looked at once even if another process changes some meanwhile.
 */
export function selectOverdueScheduledTasks(
  db: Sql,
  lastDueDay: string,
  options: { caseIds: string[] | null; after: { dueOn: string; id: string } | null; limit: number },
): Promise<{ id: string; due_on: string }[]> {
  return db.query<{ id: string; due_on: string }[]>(
    `SELECT "id", "due_on"::text AS "due_on" FROM "case_tasks"
      WHERE "status" = 'SCHEDULED' AND "due_on" <= $1::date
        AND ($2::uuid[] IS NULL OR "case_id" = ANY($2::uuid[]))
        AND ($3::date IS NULL OR ("due_on", "id") > ($3::date, $4::uuid))
      ORDER BY "due_on", "id"
      LIMIT ${options.limit}`,
    [lastDueDay, options.caseIds, options.after?.dueOn ?? null, options.after?.id ?? null],
  );
}

/** The case's task, locked so that its job or a reschedule cannot change it meanwhile. */
export async function lockCaseTask(
  tx: Sql,
  caseId: string,
  taskId: string,
): Promise<Pick<LiveTaskRow, 'id' | 'kind' | 'status'> | undefined> {
  const [row] = await tx.query<Pick<LiveTaskRow, 'id' | 'kind' | 'status'>[]>(
    `SELECT "id", "kind", "status" FROM "case_tasks" WHERE "id" = $1 AND "case_id" = $2 FOR UPDATE`,
    [taskId, caseId],
  );
  return row;
}

export async function markTaskDone(
  tx: Sql,
  taskId: string,
  done: { at: Date; byUserId: string; followUpId: string },
): Promise<void> {
  await tx.query(
    `UPDATE "case_tasks"
        SET "status" = 'DONE', "done_at" = $2, "done_by_user_id" = $3, "follow_up_id" = $4, "updated_at" = now()
      WHERE "id" = $1`,
    [taskId, done.at, done.byUserId, done.followUpId],
  );
}

/** A row of a consultant's task list, with the case it belongs to. */
export interface TaskListRow {
  id: string;
  kind: CaseTaskKind;
  due_on: string;
  status: CaseTaskStatus;
  became_due_at: Date | null;
  done_at: Date | null;
  /** done_at at full (microsecond) precision, which a JS Date would lose: the cursor carries it as text. */
  done_key: string | null;
  done_by_user_id: string | null;
  follow_up_id: string | null;
  case_id: string;
  number: number;
  stage: CaseStage;
}

/**
 * The count and one page of the tasks of the cases `userId` is a consultant in charge of, in the list's order (due
 * day; DONE: latest done first), after the cursor's key (a day, or a done_key for DONE) and id.
 */
export async function selectMyTasks(
  db: Sql,
  request: {
    userId: string;
    /** The list asked for (a type only: the worker, which uses this file too, loads no GraphQL model). */
    filter: `${CaseTaskFilter}`;
    today: string;
    after: { key: string; id: string } | null;
    limit: number;
  },
): Promise<{ total: number; rows: TaskListRow[] }> {
  const done = request.filter === 'DONE';
  const params: unknown[] = [request.userId];
  const param = (value: unknown): string => `$${params.push(value)}`;
  let condition: string;
  if (done) {
    condition = `t."status" = 'DONE'`;
  } else {
    const day = `${param(request.today)}::date`;
    const open = `NOT (c."stage" = ANY(${param([...TERMINAL_STAGES])}::text[]))`;
    const notDone = `t."status" IN ('SCHEDULED', 'DUE')`;
    condition = {
      DUE: `${notDone} AND t."due_on" <= ${day} AND ${open}`,
      OVERDUE: `${notDone} AND ${open} AND (t."due_on" < ${day} OR (t."kind" = 'END_DATE_PASSED' AND t."status" = 'DUE'))`,
      UPCOMING: `t."status" = 'SCHEDULED' AND t."due_on" > ${day} AND ${open}`,
    }[request.filter as Exclude<`${CaseTaskFilter}`, 'DONE'>];
  }
  const base = `FROM "case_tasks" t JOIN "cases" c ON c."id" = t."case_id"
    WHERE (c."sending_consultant_id" = $1 OR c."receiving_consultant_id" = $1) AND ${condition}`;

  const [{ total }] = await db.query<{ total: number }[]>(`SELECT count(*)::int AS "total" ${base}`, [
    ...params,
  ]);
  let page = '';
  if (request.after) {
    const { key, id } = request.after;
    page = done
      ? `AND (t."done_at", t."id") < (${param(key)}::timestamptz, ${param(id)}::uuid)`
      : `AND (t."due_on", t."id") > (${param(key)}::date, ${param(id)}::uuid)`;
  }
  const limit = param(request.limit);
  const rows = await db.query<TaskListRow[]>(
    `SELECT t."id", t."kind", t."due_on"::text AS "due_on", t."status", t."became_due_at", t."done_at",
            to_char(t."done_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "done_key",
            t."done_by_user_id", t."follow_up_id", t."case_id", c."number", c."stage"
       ${base} ${page}
      ORDER BY ${done ? 't."done_at" DESC, t."id" DESC' : 't."due_on", t."id"'}
      LIMIT ${limit}`,
    params,
  );
  return { total, rows };
}
