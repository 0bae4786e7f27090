import type { AuthUser } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName } from '@kakehashi/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { MatchingSettingsService } from '../../settings/matching-settings.service';
import { settingsSnapshot } from '../assignment-algorithm';
import {
  AssignmentRunStatus,
  type AssignmentRunEntity,
  type AssignmentScopeKind,
  type AssignmentTrigger,
} from '../assignment-run.entity';
import { AssignmentFingerprintService } from './assignment-fingerprint.service';
import { AssignmentRunStore, type RunRef } from './assignment-run.store';
import { AssignmentScopeService, type AssignmentScopeInput } from './assignment-scope.service';

/** What a RUN_ASSIGNMENT job carries: the run and the version it was queued with. */
export interface RunAssignmentJobData {
  runId: string;
  version: number;
}

/** One job id per queueing of a run: a double enqueue of the same queueing runs once, a requeue runs again. */
export function assignmentJobId(run: RunRef): string {
  return `assignment-run-${run.id}-v${run.version}`;
}

export const RUN_ASSIGNMENT_ATTEMPTS = 3;

export interface StartedRun {
  run: AssignmentRunEntity;
  /** False when an earlier run with the same input was returned as it is. */
  queued: boolean;
}

/**
 * Starts a batch assignment, idempotently: the same scope with the same input (offers, dismissals, settings) is the
 * same run. A queued, running or completed one is returned as it is (no second job, no second set of proposals); a
 * cancelled or failed one is queued again.
 */
@Injectable()
export class StartAssignmentRunService {
  private readonly logger = new Logger('Assignment');

  constructor(
    private readonly scopes: AssignmentScopeService,
    private readonly fingerprints: AssignmentFingerprintService,
    private readonly settings: MatchingSettingsService,
    private readonly store: AssignmentRunStore,
    private readonly jobs: JobQueue,
  ) {}

  /** `user` null: the system (the nightly schedule), which may run any scope. */
  async start(
    user: AuthUser | null,
    input: AssignmentScopeInput,
    trigger: AssignmentTrigger,
  ): Promise<StartedRun> {
    const scope = await this.scopes.resolve(user, input);
    const snapshot = settingsSnapshot(await this.settings.current());
    const fingerprint = await this.fingerprints.compute(scope, await this.scopes.officesOf(scope), snapshot);
    const by = { trigger, requestedByUserId: user?.id ?? null, settingsSnapshot: snapshot };

    // A few rounds at most: each lost race means another request changed the run, which we then read again.
    for (let round = 0; round < 5; round++) {
      const inserted = await this.store.insertQueued({
        scopeKind: scope.kind,
        scopeValue: scope.value,
        inputFingerprint: fingerprint,
        ...by,
      });
      if (inserted) return { run: await this.enqueue(inserted), queued: true };

      const existing = await this.store.findByInput(scope.kind, scope.value, fingerprint);
      if (!existing) continue;
      switch (existing.status) {
        case AssignmentRunStatus.COMPLETED:
          return { run: existing, queued: false };
        case AssignmentRunStatus.CANCELLED:
        case AssignmentRunStatus.FAILED: {
          const requeued = await this.store.requeue(existing, [existing.status], by);
          if (requeued) return { run: await this.enqueue(requeued), queued: true };
          continue;
        }
        case AssignmentRunStatus.QUEUED:
        case AssignmentRunStatus.RUNNING: {
          if (await this.jobIsAlive(existing)) return { run: existing, queued: false };
          // Its job is gone (an in-process queue lost with its process, Redis flushed, a crash while failing it):
          // queue it again rather than leave it waiting for ever.
          this.logger.warn(
            { runId: existing.id, status: existing.status },
            'Assignment run had no job; requeued',
          );
          const requeued = await this.store.requeue(
            existing,
            [AssignmentRunStatus.QUEUED, AssignmentRunStatus.RUNNING],
            by,
          );
          if (requeued) return { run: await this.enqueue(requeued), queued: true };
          continue;
        }
        default: {
          const unhandled: never = existing.status;
          throw new Error(`unknown assignment run status ${String(unhandled)}`);
        }
      }
    }
    throw new Error('The assignment run kept changing while it was being started; try again.');
  }

  /** A run of the scope, whatever its input, that is queued or running with its job alive; null if none. */
  async activeRun(kind: AssignmentScopeKind, value: string): Promise<AssignmentRunEntity | null> {
    for (const run of await this.store.findActive(kind, value)) {
      if (await this.jobIsAlive(run)) return run;
    }
    return null;
  }

  private async enqueue(run: AssignmentRunEntity): Promise<AssignmentRunEntity> {
    const data: RunAssignmentJobData = { runId: run.id, version: run.version };
    await this.jobs.enqueue(QueueName.MATCHING, JobName.RUN_ASSIGNMENT, data, {
      jobId: assignmentJobId(run),
      attempts: RUN_ASSIGNMENT_ATTEMPTS,
      backoffMs: 5000,
    });
    return run;
  }

  private async jobIsAlive(run: AssignmentRunEntity): Promise<boolean> {
    const job = await this.jobs.getJob(QueueName.MATCHING, assignmentJobId(run));
    return job !== null && job.state !== 'completed' && job.state !== 'failed';
  }
}
