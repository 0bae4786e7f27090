// The reminders of a demo case as time passes: planned by the scheduler's reconciliation after the changes that move
// them, made due (with the consultants' notification) at 09:00 on their day as the due job does, done by a follow-up.
import type { NotificationDraft } from '@kakehashi/notifications';
import { randomUUID } from 'node:crypto';
import type { CaseEntity } from '../../cases/case.entity';
import { CaseTaskKind, CaseTaskStatus } from '../../follow-ups/case-task.entity';
import {
  planCaseTasks,
  remindersApply,
  taskKey,
  type FollowUpSettings,
} from '../../follow-ups/follow-up-plan';
import { dueMomentOf } from '../../follow-ups/reminder-time';
import { taskDedupeKey, taskNotification } from '../../follow-ups/task-texts';

export interface DemoTask {
  id: string;
  kind: CaseTaskKind;
  dueOn: string;
  status: CaseTaskStatus;
  becameDueAt: Date | null;
  doneAt: Date | null;
  doneByUserId: string | null;
  followUpId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoNotification {
  taskId: string;
  draft: NotificationDraft;
  createdAt: Date;
  deliveries: { userId: string; readAt: Date | null }[];
}

export class DemoCaseTasks {
  readonly tasks: DemoTask[] = [];
  readonly notifications: DemoNotification[] = [];

  constructor(private readonly settings: FollowUpSettings) {}

  /**
   * CaseReminderScheduler.syncForCase at `at`: scheduled tasks no longer planned are cancelled, missing ones added;
   * due and done tasks stay as they are.
   */
  sync(state: CaseEntity, at: Date): void {
    const plan = remindersApply(state)
      ? planCaseTasks(
          {
            moveType: state.moveType,
            establishedOn: state.establishedOn,
            contract: state.contract
              ? { startOn: state.contract.startOn, endOn: state.contract.endOn }
              : null,
          },
          this.settings,
        )
      : [];
    const wanted = new Set(plan.map(taskKey));
    for (const task of this.tasks) {
      if (task.status === CaseTaskStatus.SCHEDULED && !wanted.has(taskKey(task))) {
        task.status = CaseTaskStatus.CANCELLED;
        task.updatedAt = at;
      }
    }
    const live = new Set(this.tasks.filter((t) => t.status !== CaseTaskStatus.CANCELLED).map(taskKey));
    for (const planned of plan.filter((p) => !live.has(taskKey(p)))) {
      this.tasks.push({
        id: randomUUID(),
        ...planned,
        status: CaseTaskStatus.SCHEDULED,
        becameDueAt: null,
        doneAt: null,
        doneByUserId: null,
        followUpId: null,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  /**
   * CaseTaskDueService for every scheduled task whose moment (09:00 on its day, or its planning when that was later)
   * has come by `until`: due with a notification to the consultants in charge, or cancelled on a case that ended.
   */
  advanceTo(state: CaseEntity, until: Date): void {
    const scheduled = this.tasks
      .filter((t) => t.status === CaseTaskStatus.SCHEDULED)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    for (const task of scheduled) {
      const moment = new Date(Math.max(dueMomentOf(task.dueOn).getTime(), task.createdAt.getTime()));
      if (moment.getTime() > until.getTime()) continue;
      task.updatedAt = moment;
      if (!remindersApply(state)) {
        task.status = CaseTaskStatus.CANCELLED;
        continue;
      }
      task.status = CaseTaskStatus.DUE;
      task.becameDueAt = moment;
      const consultants = [...new Set([state.sendingConsultantId, state.receivingConsultantId])].filter(
        (id): id is string => id !== null,
      );
      this.notifications.push({
        taskId: task.id,
        createdAt: moment,
        deliveries: consultants.map((userId) => ({ userId, readAt: null })),
        draft: {
          ...taskNotification({
            kind: task.kind,
            dueOn: task.dueOn,
            caseNumber: state.number,
            moveType: state.moveType,
          }),
          subjectType: 'CASE',
          subjectId: state.id,
          dedupeKey: taskDedupeKey(task.id),
        },
      });
    }
  }

  /** The follow-up task due on `dueOn` that a follow-up may still answer, or null. */
  openFollowUp(dueOn: string): DemoTask | null {
    return (
      this.tasks.find(
        (t) =>
          t.kind === CaseTaskKind.FOLLOW_UP &&
          t.dueOn === dueOn &&
          (t.status === CaseTaskStatus.DUE || t.status === CaseTaskStatus.SCHEDULED),
      ) ?? null
    );
  }

  /** RecordFollowUpService's completion of the task; the consultant who answered it has read its notification. */
  markDone(task: DemoTask, followUpId: string, userId: string, at: Date): void {
    Object.assign(task, {
      status: CaseTaskStatus.DONE,
      doneAt: at,
      doneByUserId: userId,
      followUpId,
      updatedAt: at,
    });
    for (const notification of this.notifications.filter((n) => n.taskId === task.id)) {
      for (const delivery of notification.deliveries) {
        if (delivery.userId === userId && !delivery.readAt) delivery.readAt = at;
      }
    }
  }
}
