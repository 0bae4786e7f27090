import type { AuthUser } from '@kakehashi/authz';
import { decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CaseException } from '../../case.exception';
import { isCalendarDay } from '@kakehashi/calendar';
import { CaseClock } from '../case-clock';
import { selectMyTasks, type TaskListRow } from '../case-tasks.queries';
import { CaseTaskFilter, toCaseTaskModel, type CaseTaskModel } from '../case-task.model';
import { todayInJapan } from '@kakehashi/calendar';

export interface MyTasksRequest {
  filter: CaseTaskFilter;
  first: number;
  after?: string | null;
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
    let after: { key: string; id: string } | null = null;
    if (request.after) {
      const [key, id] = decodeCursor(request.after, 2);
      const keyValid = typeof key === 'string' && (done ? CURSOR_TIME.test(key) : isCalendarDay(key));
      if (!keyValid || typeof id !== 'string' || !isUUID(id)) {
        throw CaseException.invalidInput([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      after = { key, id };
    }
    const { total, rows } = await selectMyTasks(this.dataSource, {
      userId: caller.id,
      filter: request.filter,
      today,
      after,
      limit: request.first + 1,
    });
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
