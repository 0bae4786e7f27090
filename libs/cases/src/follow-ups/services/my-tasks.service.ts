import type { AuthUser } from '@kakehashi/authz';
import { decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CaseException } from '../../case.exception';
import { isCalendarDay } from '@kakehashi/calendar';
import { TERMINAL_STAGES, type CaseStage } from '../../workflow/case-stage';
import { CaseClock } from '../case-clock';
import type { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import { CaseTaskFilter, toCaseTaskModel, type CaseTaskModel } from '../case-task.model';
import { todayInJapan } from '@kakehashi/calendar';

export interface MyTasksRequest {
  filter: CaseTaskFilter;
  first: number;
  after?: string | null;
}

interface TaskListRow {
  id: string;
  kind: CaseTaskKind;
  due_on: string;
  status: CaseTaskStatus;
  became_due_at: Date | null;
  done_at: Date | null;
  done_key: string | null;
  done_by_user_id: string | null;
  follow_up_id: string | null;
  case_id: string;
  number: number;
  stage: CaseStage;
}

// done_at is compared at full (microsecond) precision, which a JS Date would lose: the cursor carries it as text.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * `myTasks`: the tasks of the cases the caller is a consultant in charge of (either side). "Today" is the day in
 * Japan. Due and overdue lists show open cases only: a completed or not-established case's unanswered follow-ups can
 * no longer be recorded, and its end-date check is answered by the completion.
 * - DUE: not done, dated today or earlier (including one dated today whose 09:00 has not come yet).
 * - OVERDUE: not done and dated before today, and every end-date-passed task that is due.
 * - UPCOMING: scheduled for a later day. DONE: done, latest first.
 */
@Injectable()
export class MyTasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: CaseClock,
  ) {}

  async list(caller: AuthUser, request: MyTasksRequest): Promise<Connection<CaseTaskModel>> {
    const today = todayInJapan(this.clock.now());
    const done = request.filter === CaseTaskFilter.DONE;
    const params: unknown[] = [caller.id];
    const param = (value: unknown): string => `$${params.push(value)}`;
    let condition: string;
    if (done) {
      condition = `t."status" = 'DONE'`;
    } else {
      const day = `${param(today)}::date`;
      const open = `NOT (c."stage" = ANY(${param([...TERMINAL_STAGES])}::text[]))`;
      const notDone = `t."status" IN ('SCHEDULED', 'DUE')`;
      condition = {
        DUE: `${notDone} AND t."due_on" <= ${day} AND ${open}`,
        OVERDUE: `${notDone} AND ${open} AND (t."due_on" < ${day} OR (t."kind" = 'END_DATE_PASSED' AND t."status" = 'DUE'))`,
        UPCOMING: `t."status" = 'SCHEDULED' AND t."due_on" > ${day} AND ${open}`,
      }[request.filter as Exclude<CaseTaskFilter, CaseTaskFilter.DONE>];
    }
    const base = `FROM "case_tasks" t JOIN "cases" c ON c."id" = t."case_id"
      WHERE (c."sending_consultant_id" = $1 OR c."receiving_consultant_id" = $1) AND ${condition}`;

    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS "total" ${base}`,
      params,
    );
    let page = '';
    if (request.after) {
      const [key, id] = decodeCursor(request.after, 2);
      const keyValid = typeof key === 'string' && (done ? CURSOR_TIME.test(key) : isCalendarDay(key));
      if (!keyValid || typeof id !== 'string' || !isUUID(id)) {
        throw CaseException.invalidInput([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      page = done
        ? `AND (t."done_at", t."id") < (${param(key)}::timestamptz, ${param(id)}::uuid)`
        : `AND (t."due_on", t."id") > (${param(key)}::date, ${param(id)}::uuid)`;
    }
    const limit = param(request.first + 1);
    const rows = await this.dataSource.query<TaskListRow[]>(
      `SELECT t."id", t."kind", t."due_on"::text AS "due_on", t."status", t."became_due_at", t."done_at",
              to_char(t."done_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "done_key",
              t."done_by_user_id", t."follow_up_id", t."case_id", c."number", c."stage"
         ${base} ${page}
        ORDER BY ${done ? 't."done_at" DESC, t."id" DESC' : 't."due_on", t."id"'}
        LIMIT ${limit}`,
      params,
    );
    const connection = toConnection(rows, request.first, total, (row) => [
      done ? (row.done_key ?? '') : row.due_on,
      row.id,
    ]);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })),
    };
  }
}

function toModel(row: TaskListRow): CaseTaskModel {
  return toCaseTaskModel(
    {
      id: row.id,
      kind: row.kind,
      dueOn: row.due_on,
      status: row.status,
      becameDueAt: row.became_due_at,
      doneAt: row.done_at,
      doneByUserId: row.done_by_user_id,
      followUpId: row.follow_up_id,
      caseId: row.case_id,
    },
    { number: row.number, stage: row.stage },
  );
}
