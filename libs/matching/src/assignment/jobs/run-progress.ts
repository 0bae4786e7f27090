import type { JobContext } from '@kakehashi/jobs';
import { setTimeout as sleep, setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { AssignmentPhase } from '../assignment-run.entity';
import type { AssignmentRunStore, RunRef, RunState } from '../services/assignment-run.store';
import type { ProgressSink } from './compute-assignment';

/** Thrown at a check once the run's cancellation was asked for. */
export class RunCancelled extends Error {
  constructor() {
    super('The assignment run was cancelled.');
    this.name = 'RunCancelled';
  }
}

/** Thrown at a check once the run is no longer this job's (queued again under a new version, or already ended). */
export class RunSuperseded extends Error {
  constructor() {
    super('The assignment run is no longer this job’s to run.');
    this.name = 'RunSuperseded';
  }
}

export function throwUnlessRunning(state: RunState): void {
  if (state === 'CANCEL_REQUESTED') throw new RunCancelled();
  if (state === 'GONE') throw new RunSuperseded();
}

/** Written to the run row at most this often, or at once when the phase changes or progress moves 2 points. */
const WRITE_INTERVAL_MS = 500;
const WRITE_STEP = 2;

/**
 * A running job's progress: shown on the run row (where `assignmentRun` reads it) and on the job, throttled, and the
 * moment it learns of a cancellation. Every check also yields to the event loop, so a long computation made of
 * checked chunks never starves the process.
 */
export class RunProgress implements ProgressSink {
  private phase: AssignmentPhase | null = null;
  private percent = 0;
  private writtenPhase: AssignmentPhase | null = null;
  private writtenPercent = -1;
  private writtenAt = 0;

  constructor(
    private readonly store: AssignmentRunStore,
    private readonly run: RunRef,
    private readonly job: JobContext,
    private readonly now: () => number = () => performance.now(),
    /** Waited after each report written (ASSIGNMENT_PACING_MS): lets tests and demos watch a small run. */
    private readonly pacingMs = 0,
  ) {}

  /** Enters a phase at a progress (never below the one reported before). */
  async enter(phase: AssignmentPhase, percent: number): Promise<void> {
    this.phase = phase;
    await this.at(percent);
  }

  /** Reports progress within the current phase and checks for cancellation when due. */
  async at(percent: number): Promise<void> {
    if (this.phase === null) throw new Error('RunProgress.at before enter');
    this.percent = Math.max(this.percent, Math.min(100, Math.floor(percent)));
    const elapsed = this.now() - this.writtenAt;
    const due =
      this.phase !== this.writtenPhase ||
      this.percent - this.writtenPercent >= WRITE_STEP ||
      elapsed >= WRITE_INTERVAL_MS;
    if (due) {
      const state = await this.store.reportProgress(this.run, this.phase, this.percent);
      if (this.percent !== this.writtenPercent) await this.job.updateProgress(this.percent);
      this.writtenPhase = this.phase;
      this.writtenPercent = this.percent;
      this.writtenAt = this.now();
      throwUnlessRunning(state);
      if (this.pacingMs > 0) await sleep(this.pacingMs);
    }
    await yieldToEventLoop();
  }
}
