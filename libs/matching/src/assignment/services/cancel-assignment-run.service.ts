import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { AssignmentRunEntity } from '../assignment-run.entity';
import { ASSIGNMENT_RUN_STATUS_LABELS } from '../assignment-run.labels';
import { AssignmentException, AssignmentExceptionCode } from '../assignment.exception';
import { assertMayCancelRun } from './assignment-access.policy';
import { AssignmentRunStore } from './assignment-run.store';

/**
 * Stops a run: a queued one at once, a running one at its job's next check (within a second or so), which then
 * ends it CANCELLED without proposals. Only queued and running runs can be cancelled.
 */
@Injectable()
export class CancelAssignmentRunService {
  constructor(private readonly store: AssignmentRunStore) {}

  async cancel(user: AuthUser | null, id: string): Promise<AssignmentRunEntity> {
    const run = await this.store.findById(id);
    if (!run) throw AssignmentException.runNotFound(id);
    assertMayCancelRun(user, run);
    const cancelled = await this.store.requestCancel(run.id);
    if (cancelled) return cancelled;
    // Finished (or cancelled) between our read and our write: say what it is now.
    const now = (await this.store.findById(run.id)) ?? run;
    throw new AssignmentException(
      AssignmentExceptionCode.RUN_NOT_CANCELLABLE,
      `この一括マッチングは${ASSIGNMENT_RUN_STATUS_LABELS[now.status]}のため中止できません。中止できるのは待機中または実行中の実行のみです。`,
      { runId: now.id, status: now.status },
    );
  }
}
