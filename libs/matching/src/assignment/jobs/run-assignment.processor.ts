import {
  JobName,
  JobProcessor,
  QueueName,
  type JobContext,
  type JobFailure,
  type JobHandler,
} from '@kakehashi/jobs';
import { AppConfig } from '@kakehashi/config';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { proposalFloorOf, type AssignmentSettingsSnapshot } from '../assignment-algorithm';
import { AssignmentPhase, type AssignmentRunEntity } from '../assignment-run.entity';
import { AssignmentRunStore, type RunFigures, type RunRef } from '../services/assignment-run.store';
import { AssignmentScopeService } from '../services/assignment-scope.service';
import type { RunAssignmentJobData } from '../services/start-assignment-run.service';
import { AssignmentInputLoader } from './assignment-input.loader';
import { between, computeAssignment, type ComputedAssignment } from './compute-assignment';
import { RunCancelled, RunProgress, RunSuperseded, throwUnlessRunning } from './run-progress';

export type RunAssignmentOutcome =
  | { outcome: 'COMPLETED'; proposals: number; totalScore: number; upperBound: number; optimalityGap: number }
  | { outcome: 'CANCELLED' }
  /** The run was not this job's any more (queued again, cancelled while queued, or already finished). */
  | { outcome: 'SKIPPED' };

/** What a run's `error` says when its job failed for good, by the way it failed. */
const RUN_FAILURE_MESSAGES: Record<JobFailure['kind'], (reason: string) => string> = {
  error: (reason) => `割り当ての実行中にエラーが発生しました。もう一度実行してください(${reason})`,
  stalled: () => '割り当てを実行していたサーバーが処理中に繰り返し停止しました。もう一度実行してください。',
  lost: () => '割り当ての実行が中断され、再開できませんでした。もう一度実行してください。',
};

/**
 * Runs a batch assignment: takes the run, loads the scope's open offers, computes (see compute-assignment.ts) and
 * stores the proposals with the run's figures, all or nothing. Progress and cancellation are checked between chunks
 * throughout; a cancelled run ends CANCELLED with no proposals, a failed last attempt FAILED with the reason.
 */
@Injectable()
@JobProcessor(QueueName.MATCHING, JobName.RUN_ASSIGNMENT)
export class RunAssignmentProcessor implements JobHandler<RunAssignmentJobData> {
  private readonly logger = new Logger('Assignment');

  constructor(
    private readonly store: AssignmentRunStore,
    private readonly scopes: AssignmentScopeService,
    private readonly inputs: AssignmentInputLoader,
    @Optional() @Inject(AppConfig) private readonly config: AppConfig | null = null,
  ) {}

  async handle(data: RunAssignmentJobData, context: JobContext): Promise<RunAssignmentOutcome> {
    const ref: RunRef = { id: data.runId, version: data.version };
    const run = await this.store.claim(ref);
    if (!run) {
      // Cancelled before it started (the flag is on a queued or running run of this version): end it so.
      if (await this.store.markCancelled(ref)) return { outcome: 'CANCELLED' };
      return { outcome: 'SKIPPED' };
    }
    const progress = new RunProgress(
      this.store,
      ref,
      context,
      undefined,
      this.config?.assignmentProgressPacingMs ?? 0,
    );
    const started = performance.now();
    try {
      const computed = await this.compute(run, progress);
      await progress.enter(AssignmentPhase.SAVING, 95);
      const figures = this.figures(run, computed);
      const state = await this.store.complete(ref, computed.proposals, figures, async (saved) => {
        await context.updateProgress(between(95, 99, saved / Math.max(1, computed.proposals.length)));
      });
      throwUnlessRunning(state);
      await context.updateProgress(100);
      this.logger.log(
        {
          runId: run.id,
          scope: `${run.scopeKind}:${run.scopeValue}`,
          durationMs: Math.round(performance.now() - started),
          timingsMs: computed.timingsMs,
          proposals: computed.proposals.length,
          peopleAssigned: computed.peopleAssigned,
          totalScore: computed.totalScore,
          optimalityGap: computed.optimalityGap,
          refinement: computed.refinement,
        },
        'Assignment run completed',
      );
      return {
        outcome: 'COMPLETED',
        proposals: computed.proposals.length,
        totalScore: computed.totalScore,
        upperBound: computed.upperBound,
        optimalityGap: computed.optimalityGap,
      };
    } catch (error) {
      if (error instanceof RunCancelled) {
        await this.store.markCancelled(ref);
        this.logger.log({ runId: run.id }, 'Assignment run cancelled');
        return { outcome: 'CANCELLED' };
      }
      if (error instanceof RunSuperseded) return { outcome: 'SKIPPED' };
      const message = error instanceof Error ? error.message : String(error);
      if (context.attempt >= (context.maxAttempts ?? context.attempt))
        await this.onFailed(data, { kind: 'error', reason: message });
      else await this.store.noteRetry(ref, message);
      throw error;
    }
  }

  /** The job failed for good, however (idempotent: only a RUNNING run of this version becomes FAILED). */
  async onFailed(data: RunAssignmentJobData, failure: JobFailure): Promise<void> {
    await this.store.markFailed(
      { id: data.runId, version: data.version },
      RUN_FAILURE_MESSAGES[failure.kind](failure.reason),
    );
  }

  private async compute(run: AssignmentRunEntity, progress: RunProgress): Promise<ComputedAssignment> {
    const snapshot = this.snapshotOf(run);
    await progress.enter(AssignmentPhase.LOADING, 0);
    const offices = await this.scopes.officesOf({ kind: run.scopeKind, value: run.scopeValue });
    const input = await this.inputs.load(offices);
    await progress.at(5);
    // The settings the run was queued with (and fingerprinted on), whatever was edited since.
    return computeAssignment(
      input,
      { weights: snapshot.weights, excludeMissingRequired: snapshot.excludeMissingRequired },
      progress,
      proposalFloorOf(snapshot),
    );
  }

  private figures(run: AssignmentRunEntity, computed: ComputedAssignment): RunFigures {
    return {
      sendingOfferCount: computed.sendingOfferCount,
      receivingOfferCount: computed.receivingOfferCount,
      candidatePairCount: computed.candidatePairCount,
      peopleOffered: computed.peopleOffered,
      peopleAssigned: computed.peopleAssigned,
      totalScore: computed.totalScore,
      upperBound: computed.upperBound,
      optimalityGap: computed.optimalityGap,
      settingsSnapshot: {
        ...this.snapshotOf(run),
        result: {
          method: computed.method,
          peopleWanted: computed.peopleWanted,
          refinement: computed.refinement,
          timingsMs: computed.timingsMs,
        },
      },
    };
  }

  private snapshotOf(run: AssignmentRunEntity): AssignmentSettingsSnapshot {
    if (!run.settingsSnapshot) throw new Error(`assignment run ${run.id} has no settings snapshot`);
    return run.settingsSnapshot as unknown as AssignmentSettingsSnapshot;
  }
}
