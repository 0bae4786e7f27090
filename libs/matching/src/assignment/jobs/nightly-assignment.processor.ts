import { JobName, JobProcessor, QueueName, type JobHandler } from '@kakehashi/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { AssignmentScopeKind, AssignmentTrigger } from '../assignment-run.entity';
import { StartAssignmentRunService } from '../services/start-assignment-run.service';

export type NightlyAssignmentOutcome =
  | { runId: string; queued: boolean }
  /** A whole-country run was still queued or running: the night's tick leaves it be rather than start another. */
  | { runId: string; skipped: 'RUN_IN_PROGRESS' };

/**
 * The nightly tick: starts the whole-country run. When nothing changed since the last one, that run is returned and
 * nothing is computed again; while an earlier one is still going, no second one is started beside it.
 */
@Injectable()
@JobProcessor(QueueName.MATCHING, JobName.NIGHTLY_ASSIGNMENT)
export class NightlyAssignmentProcessor implements JobHandler<object> {
  private readonly logger = new Logger('Assignment');

  constructor(private readonly starts: StartAssignmentRunService) {}

  async handle(): Promise<NightlyAssignmentOutcome> {
    const active = await this.starts.activeRun(AssignmentScopeKind.COUNTRY, '');
    if (active) {
      this.logger.warn(
        { runId: active.id },
        'Nightly assignment skipped: a whole-country run is still in progress',
      );
      return { runId: active.id, skipped: 'RUN_IN_PROGRESS' };
    }
    const { run, queued } = await this.starts.start(
      null,
      { kind: AssignmentScopeKind.COUNTRY },
      AssignmentTrigger.SCHEDULED,
    );
    return { runId: run.id, queued };
  }
}
