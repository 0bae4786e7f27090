import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CaseClock } from '../case-clock';
import { selectOverdueScheduledTasks } from '../case-tasks.queries';
import { lastDueDayAt } from '../reminder-time';
import { CaseTaskDueService, type TaskDueOutcome } from './case-task-due.service';

export type SweepOutcome = Record<TaskDueOutcome, number>;

const BATCH = 200;

/**
 * Catches scheduled tasks whose due moment passed without their job running (Redis lost it, it failed for good, or
 * it could not be queued), through the same transition as the job: running it again, or beside the jobs, changes
 * nothing that already happened.
 */
@Injectable()
export class CaseTaskSweepService {
  private readonly logger = new Logger('CaseReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly due: CaseTaskDueService,
    private readonly clock: CaseClock,
  ) {}

  async sweep(options: { caseIds?: string[] } = {}): Promise<SweepOutcome> {
    const lastDueDay = lastDueDayAt(this.clock.now());
    const outcome: SweepOutcome = { DUE: 0, CANCELLED: 0, SKIPPED: 0, NOT_FOUND: 0 };
    // Keyset over (due_on, id): every task is looked at once even if another process changes some meanwhile.
    let after: { dueOn: string; id: string } | null = null;
    for (;;) {
      const rows = await selectOverdueScheduledTasks(this.dataSource, lastDueDay, {
        caseIds: options.caseIds ?? null,
        after,
        limit: BATCH,
      });
      for (const row of rows) outcome[await this.due.makeDue(row.id)] += 1;
      if (rows.length < BATCH) break;
      const last = rows[rows.length - 1];
      after = { dueOn: last.due_on, id: last.id };
    }
    if (outcome.DUE + outcome.CANCELLED > 0) {
      this.logger.warn(
        { lastDueDay, ...outcome },
        'Case tasks made due by the sweep (their jobs did not run)',
      );
    }
    return outcome;
  }
}
