import { NotifyUsersService } from '@kakehashi/notifications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { CaseClock } from '../case-clock';
import { CaseTaskStatus } from '../case-task.entity';
import { cancelTask, lockTaskWithCase, markTaskDue } from '../case-tasks.queries';
import { remindersApply } from '../follow-up-plan';
import { taskDedupeKey, taskNotification } from '../task-texts';

/** What became of a task whose moment came. */
export type TaskDueOutcome =
  | 'DUE'
  /** The case was completed (or ended) before: nothing left to remind of. */
  | 'CANCELLED'
  /** No longer scheduled (cancelled by a reschedule, done early, or made due already): left as it is. */
  | 'SKIPPED'
  | 'NOT_FOUND';

/**
 * The one transition of a scheduled task to DUE, shared by its delayed job and the daily sweep: the row lock and the
 * status check make it happen once, however many times it is run; the notification of the consultants in charge is
 * written in the same transaction, keyed by the task, so a retry after a failure cannot send it twice.
 */
@Injectable()
export class CaseTaskDueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: NotifyUsersService,
    private readonly clock: CaseClock,
  ) {}

  async makeDue(taskId: string): Promise<TaskDueOutcome> {
    if (!isUUID(taskId)) return 'NOT_FOUND';
    return this.dataSource.transaction(async (tx) => {
      const task = await lockTaskWithCase(tx, taskId);
      if (!task) return 'NOT_FOUND';
      if (task.status !== CaseTaskStatus.SCHEDULED) return 'SKIPPED';

      // The case's sync cancels its tasks when it ends; this covers a job that fires before that sync ran.
      if (
        !remindersApply({ moveType: task.move_type, stage: task.stage, establishedOn: task.established_on })
      ) {
        await cancelTask(tx, task.id);
        return 'CANCELLED';
      }

      await markTaskDue(tx, task.id, this.clock.now());
      const consultants = [task.sending_consultant_id, task.receiving_consultant_id].filter(
        (id): id is string => id !== null,
      );
      await this.notifier.notify(
        consultants,
        {
          ...taskNotification({
            kind: task.kind,
            dueOn: task.due_on,
            caseNumber: task.number,
            moveType: task.move_type,
          }),
          subjectType: 'CASE',
          subjectId: task.case_id,
          dedupeKey: taskDedupeKey(task.id),
        },
        tx,
      );
      return 'DUE';
    });
  }
}
