import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import type { MoveType } from '@kakehashi/offers';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { CaseStage } from '../../workflow/case-stage';
import { CaseClock } from '../case-clock';
import { caseTaskJobId, type CaseTaskDueJobData } from '../case-task-jobs';
import { CaseTaskKind, CaseTaskStatus } from '../case-task.entity';
import { planCaseTasks, remindersApply, taskKey } from '../follow-up-plan';
import { readFollowUpSettings } from '../follow-up-settings.read';
import { dueMomentOf } from '../reminder-time';

export interface ReminderSync {
  /** Tasks the case should have now. */
  planned: number;
  /** Tasks added by this call. */
  added: number;
  /** Scheduled tasks dropped by this call (no longer in the plan). */
  cancelled: number;
  /** Tasks still waiting for their moment, whose jobs this call (re)enqueued. */
  scheduled: number;
}

interface CaseRow {
  move_type: MoveType;
  stage: CaseStage;
  established_on: string | null;
  contract: { startOn?: string | null; endOn?: string | null } | null;
}

interface TaskRow {
  id: string;
  kind: CaseTaskKind;
  due_on: string;
  status: CaseTaskStatus;
}

/**
 * Keeps a case's tasks and their delayed jobs in line with the case: called after every committed change that can
 * move them (establishment, a correction, a contract edit, completion, not established). Idempotent and safe to run
 * concurrently: it reconciles from the case's current state, never from what changed.
 *
 * - Established and open: the plan (follow-up-plan.ts, with the settings in force now). Scheduled tasks no longer in
 *   it are cancelled with their jobs; missing ones are added (the live unique index makes a concurrent add a no-op)
 *   and get a delayed job whose id is the task's, so enqueuing again never adds a second one.
 * - Completed, not established (or not yet established): nothing planned, every scheduled task is cancelled.
 * - DUE and DONE tasks are never touched: they are work that fell due (or was done). A closed case's DUE tasks stay as
 *   the record of a follow-up that was not made; the task lists show only open cases' due tasks.
 *
 * The database is changed in one transaction; the queue only after it commits. A queue failure is logged, not
 * thrown: the case's change stands, the daily sweep makes due any task whose job is missing, and a job of a
 * cancelled task finds it cancelled and does nothing.
 */
@Injectable()
export class CaseReminderScheduler {
  private readonly logger = new Logger('CaseReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: CaseClock,
  ) {}

  /**
   * For use cases, after their change committed: the change stands whatever happens here, so a failure is logged
   * rather than reported as the change's failure. The next change of the case (or the daily sweep) repairs it.
   */
  async syncAfterChange(caseId: string): Promise<void> {
    try {
      await this.syncForCase(caseId);
    } catch (error) {
      this.logger.error(`Could not update the reminders of case ${caseId}: ${(error as Error).message}`);
    }
  }

  async syncForCase(caseId: string): Promise<ReminderSync> {
    if (!isUUID(caseId)) throw new Error(`syncForCase: "${caseId}" is not a case id`);
    const outcome = await this.dataSource.transaction(async (tx) => {
      // Serialises syncs of one case with each other and with the case's own commands (which lock it FOR UPDATE),
      // so each reads the state the previous one left; FK inserts (KEY SHARE) are not blocked.
      const [kase] = await tx.query<CaseRow[]>(
        `SELECT "move_type", "stage", "established_on"::text AS "established_on", "contract"
           FROM "cases" WHERE "id" = $1 FOR NO KEY UPDATE`,
        [caseId],
      );
      if (!kase) throw new Error(`syncForCase: case ${caseId} does not exist`);
      const subject = { moveType: kase.move_type, stage: kase.stage, establishedOn: kase.established_on };
      const plan = remindersApply(subject)
        ? planCaseTasks(
            {
              ...subject,
              contract: kase.contract
                ? { startOn: kase.contract.startOn ?? null, endOn: kase.contract.endOn ?? null }
                : null,
            },
            await readFollowUpSettings(tx),
          )
        : [];
      const wanted = new Set(plan.map(taskKey));

      const live = await tx.query<TaskRow[]>(
        `SELECT "id", "kind", "due_on"::text AS "due_on", "status"
           FROM "case_tasks" WHERE "case_id" = $1 AND "status" <> 'CANCELLED'`,
        [caseId],
      );
      const stale = live
        .filter((t) => t.status === CaseTaskStatus.SCHEDULED && !wanted.has(taskKey(rowKey(t))))
        .map((t) => t.id);
      const cancelled = stale.length
        ? await tx.query<{ id: string }[]>(
            `WITH "u" AS (
               UPDATE "case_tasks" SET "status" = 'CANCELLED', "updated_at" = now()
                WHERE "id" = ANY($1::uuid[]) AND "status" = 'SCHEDULED'
               RETURNING "id"
             )
             SELECT "id" FROM "u"`,
            [stale],
          )
        : [];

      const existing = new Set(live.map((t) => taskKey(rowKey(t))));
      const missing = plan.filter((t) => !existing.has(taskKey(t)));
      const added = missing.length
        ? await tx.query<{ id: string }[]>(
            `INSERT INTO "case_tasks" ("case_id", "kind", "due_on", "status")
             SELECT $1, m."kind", m."due_on"::date, 'SCHEDULED'
               FROM unnest($2::text[], $3::text[]) AS m("kind", "due_on")
             ON CONFLICT ("case_id", "kind", "due_on") WHERE "status" <> 'CANCELLED' DO NOTHING
             RETURNING "id"`,
            [caseId, missing.map((t) => t.kind), missing.map((t) => t.dueOn)],
          )
        : [];

      const scheduled = await tx.query<{ id: string; due_on: string }[]>(
        `SELECT "id", "due_on"::text AS "due_on" FROM "case_tasks" WHERE "case_id" = $1 AND "status" = 'SCHEDULED'`,
        [caseId],
      );
      return { planned: plan.length, added: added.length, cancelled: cancelled.map((r) => r.id), scheduled };
    });

    await Promise.all([
      ...outcome.cancelled.map((id) => this.cancelJob(id)),
      ...outcome.scheduled.map((task) => this.enqueue(task.id, task.due_on)),
    ]);
    return {
      planned: outcome.planned,
      added: outcome.added,
      cancelled: outcome.cancelled.length,
      scheduled: outcome.scheduled.length,
    };
  }

  /** The task's job, due at 09:00 Japan time on its day (at once when that has passed). */
  private async enqueue(taskId: string, dueOn: string): Promise<void> {
    const data: CaseTaskDueJobData = { taskId };
    try {
      await this.jobs.enqueue(QueueName.CASES, JobName.CASE_TASK_DUE, data, {
        jobId: caseTaskJobId(taskId),
        delayMs: dueMomentOf(dueOn).getTime() - this.clock.now().getTime(),
      });
    } catch (error) {
      this.logger.error(
        { taskId, dueOn, error: error instanceof Error ? error.message : String(error) },
        'Case task job could not be queued; the daily sweep will make it due',
      );
    }
  }

  private async cancelJob(taskId: string): Promise<void> {
    try {
      await this.jobs.cancel(QueueName.CASES, caseTaskJobId(taskId));
    } catch (error) {
      // Harmless: the job finds its task cancelled and does nothing.
      this.logger.warn(
        { taskId, error: error instanceof Error ? error.message : String(error) },
        'Job of a cancelled case task could not be removed',
      );
    }
  }
}

function rowKey(row: TaskRow): { kind: CaseTaskKind; dueOn: string } {
  return { kind: row.kind, dueOn: row.due_on };
}
