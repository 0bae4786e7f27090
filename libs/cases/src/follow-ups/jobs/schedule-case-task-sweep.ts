import { JobName, QueueName, ScheduledJobService } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { CASE_TASK_SWEEP_SCHEDULER_ID } from '../case-task-jobs';

/** The daily sweep of case tasks, on CASES_REMINDER_SWEEP_CRON (empty removes it). */
@Injectable()
export class ScheduleCaseTaskSweep extends ScheduledJobService({
  queue: QueueName.CASES,
  name: JobName.CASE_TASK_SWEEP,
  schedulerId: CASE_TASK_SWEEP_SCHEDULER_ID,
  envName: 'CASES_REMINDER_SWEEP_CRON',
  label: 'Case task sweep',
  title: 'フォローアップ・期限の見回り',
  cronOf: (config) => config.casesReminderSweepCron,
  logContext: 'CaseReminders',
}) {}
