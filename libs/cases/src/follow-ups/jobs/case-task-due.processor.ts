import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import type { CaseTaskDueJobData } from '../case-task-jobs';
import { CaseTaskDueService, type TaskDueOutcome } from '../services/case-task-due.service';

/** A task's delayed job: its moment came. */
@Injectable()
@JobProcessor(QueueName.CASES, JobName.CASE_TASK_DUE)
export class CaseTaskDueProcessor implements JobHandler<CaseTaskDueJobData> {
  constructor(private readonly due: CaseTaskDueService) {}

  async handle(data: CaseTaskDueJobData): Promise<{ outcome: TaskDueOutcome }> {
    return { outcome: await this.due.makeDue(data.taskId) };
  }
}
