import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CaseClock } from '../case-clock';
import { caseTaskJobId, type CaseTaskDueJobData } from '../case-task-jobs';
import { CaseTaskStatus, type CaseTaskKind } from '../case-task.entity';
import {
  cancelScheduledTasks,
  insertScheduledTasks,
  lockCaseForReminders,
  selectLiveTasks,
  selectScheduledTasks,
  type LiveTaskRow,
} from '../case-tasks.queries';
import { planCaseTasks, remindersApply, taskKey } from '../follow-up-plan';
import { readFollowUpSettings } from '../follow-up-settings.queries';
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
      const kase = await lockCaseForReminders(tx, caseId);
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

      const live = await selectLiveTasks(tx, caseId);
      const stale = live
        .filter((t) => t.status === CaseTaskStatus.SCHEDULED && !wanted.has(taskKey(rowKey(t))))
        .map((t) => t.id);
      const cancelled = stale.length ? await cancelScheduledTasks(tx, stale) : [];

      const existing = new Set(live.map((t) => taskKey(rowKey(t))));
      const missing = plan.filter((t) => !existing.has(taskKey(t)));
      const added = missing.length ? await insertScheduledTasks(tx, caseId, missing) : [];

      const scheduled = await selectScheduledTasks(tx, caseId);
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

function rowKey(row: LiveTaskRow): { kind: CaseTaskKind; dueOn: string } {
  return { kind: row.kind, dueOn: row.due_on };
}
