import { NotificationsModule } from '@kakehashi/notifications';
import { Module } from '@nestjs/common';
import { CaseClock } from './follow-ups/case-clock';
import { CaseTaskDueProcessor } from './follow-ups/jobs/case-task-due.processor';
import { CaseTaskSweepProcessor } from './follow-ups/jobs/case-task-sweep.processor';
import { ScheduleCaseTaskSweep } from './follow-ups/jobs/schedule-case-task-sweep';
import { CaseReminderScheduler } from './follow-ups/services/case-reminder.scheduler';
import { CaseTaskDueService } from './follow-ups/services/case-task-due.service';
import { CaseTaskSweepService } from './follow-ups/services/case-task-sweep.service';

/**
 * Case reminders without GraphQL: the scheduler the case use cases call after each change, the jobs that make tasks
 * due and notify the consultants in charge, and the daily sweep. Plain SQL only (no entity of its own to register),
 * so apps/worker can import it alone; it needs a TypeORM root connection and the global JobQueue, and reads AppConfig
 * when provided (the sweep's schedule). CasesModule imports it for the API.
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    CaseClock,
    CaseReminderScheduler,
    CaseTaskDueService,
    CaseTaskSweepService,
    CaseTaskDueProcessor,
    CaseTaskSweepProcessor,
    ScheduleCaseTaskSweep,
  ],
  exports: [CaseReminderScheduler, CaseClock],
})
export class CasesJobsModule {}
