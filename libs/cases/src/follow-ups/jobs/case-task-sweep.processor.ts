import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import type { CaseTaskSweepJobData } from '../case-task-jobs';
import { CaseTaskSweepService, type SweepOutcome } from '../services/case-task-sweep.service';

/** The daily catch-up (see ScheduleCaseTaskSweep). */
@Injectable()
@JobProcessor(QueueName.CASES, JobName.CASE_TASK_SWEEP)
export class CaseTaskSweepProcessor implements JobHandler<CaseTaskSweepJobData> {
  constructor(private readonly sweeps: CaseTaskSweepService) {}

  handle(data: CaseTaskSweepJobData): Promise<SweepOutcome> {
    return this.sweeps.sweep({ caseIds: data.caseIds });
  }
}
