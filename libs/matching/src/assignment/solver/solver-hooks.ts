/** Lets a long solve report progress, give way to other work (progress polling, cancellation) and be stopped. */
export interface SolverHooks {
  /**
   * Called every few milliseconds of work with the fraction (0..1) of the current step done. The solver awaits it:
   * yield there to keep the process responsive, throw to abandon the solve.
   */
  checkpoint?(fraction: number): void | Promise<void>;
  /** Least time between two checkpoints (default 20 ms). */
  intervalMs?: number;
}

/** Calls the hook at most every `intervalMs` of work (the clock is read every `stride` ticks, not on each). */
export class CheckpointClock {
  private ticks = 0;
  private last = performance.now();
  private best = 0;

  constructor(
    private readonly hooks: SolverHooks | undefined,
    private readonly stride = 1024,
  ) {
    this.intervalMs = hooks?.intervalMs ?? 20;
  }

  private readonly intervalMs: number;

  /** True when the caller should `await this.fire(fraction)`; cheap enough for an inner loop. */
  due(): boolean {
    if (!this.hooks?.checkpoint) return false;
    if (++this.ticks < this.stride) return false;
    this.ticks = 0;
    return performance.now() - this.last >= this.intervalMs;
  }

  /** Reports the fraction, never less than one reported before (work that goes back and forth looks monotone). */
  async fire(fraction: number): Promise<void> {
    this.best = Math.max(this.best, Math.min(1, Math.max(0, fraction)));
    await this.hooks?.checkpoint?.(this.best);
    this.last = performance.now();
  }
}
