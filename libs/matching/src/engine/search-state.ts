// One top-k query in progress: the k best so far, what was scored, and the best bound or score left out.
import type { TopCounterparts } from './match-index.contract';
import type { PairWeights } from './pair-scorer';
import type { CompiledFilters } from './query-filters';
import { TopK } from './top-k';

export class SearchState {
  readonly top: TopK;
  readonly minScore: number;
  readonly excludeIds: ReadonlySet<string> | null;
  /** Upper bound of every eligible pair not (or no longer) in `top`. */
  others = 0;
  scored = 0;

  constructor(
    k: number,
    f: CompiledFilters,
    /** Normalised weights, per kind of pair (see weightsForPair). */
    readonly weights: PairWeights,
    /** Scratch factor values. */
    readonly v: Float64Array,
    /** Per skill id, marks set by the query (see the buckets' scan). */
    readonly marks: Uint8Array,
  ) {
    this.top = new TopK(Math.max(0, Math.floor(k)));
    this.minScore = f.minScore;
    this.excludeIds = f.excludeIds;
  }

  /** Scores below this cannot get in (ties may, on id). */
  get threshold(): number {
    return this.top.full ? this.top.worstScore : -Infinity;
  }

  skipped(bound: number): void {
    if (bound > this.others) this.others = bound;
  }

  /** A fully scored eligible pair. */
  offer(id: string, score: number): void {
    this.scored++;
    if (score < this.minScore) return;
    const out = this.top.offer(id, score);
    if (out > this.others) this.others = out;
  }

  result(): TopCounterparts {
    return { items: this.top.sorted(), boundOnOthers: Math.min(1, this.others), scored: this.scored };
  }
}
