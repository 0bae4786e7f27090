// The reminders' jobs: what they carry and the ids that make enqueuing them idempotent.

export interface CaseTaskDueJobData {
  taskId: string;
}

export interface CaseTaskSweepJobData {
  /** Only these cases' tasks (a repair of a few cases, or a test); absent: every case. */
  caseIds?: string[];
}

/** One job per task, ever: a task's due date never changes (a reschedule makes a new task), so neither does its job. */
export function caseTaskJobId(taskId: string): string {
  // BullMQ ids must not contain ":".
  return `case-task-${taskId}`;
}

export const CASE_TASK_SWEEP_SCHEDULER_ID = 'cases-task-sweep';
