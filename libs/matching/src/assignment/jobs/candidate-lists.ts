import type { TopCounterparts, TopOptions } from '../../engine/match-index.contract';
import type { ReceivingProfile, SendingProfile } from '../../engine/match-profile';
import { AssignmentProblemBuilder, type AssignmentProblem, type Candidate } from '../solver';

/** What the lists need of the engine (MatchEngine in production). */
export interface CandidateSource {
  topReceivingFor(s: SendingProfile, k: number, options?: TopOptions): TopCounterparts;
}

interface CandidateList {
  k: number;
  items: Candidate[];
  boundOnOthers: number;
}

/**
 * Each sending offer's best receiving offers (never a dismissed pair) with the engine's bound on the rest: the
 * sparse problem the solver works on, instead of a dense sending × receiving matrix.
 */
export class CandidateLists {
  readonly targetIndex = new Map<string, number>();
  private readonly lists: CandidateList[];

  constructor(
    readonly sending: readonly SendingProfile[],
    readonly receiving: readonly ReceivingProfile[],
    private readonly dismissed: ReadonlyMap<string, ReadonlySet<string>>,
    /** Pairs scoring below this are no candidates (the proposal floor). */
    private readonly minScore = 0,
  ) {
    receiving.forEach((r, j) => this.targetIndex.set(r.id, j));
    this.lists = sending.map(() => ({ k: 0, items: [], boundOnOthers: 0 }));
  }

  get pairCount(): number {
    return this.lists.reduce((sum, list) => sum + list.items.length, 0);
  }

  /** Asks the engine for the top `k` of sending offer `i` (replacing what it had). */
  collect(source: CandidateSource, i: number, k: number): void {
    const s = this.sending[i];
    const excludeIds = this.dismissed.get(s.id);
    const filters = { minScore: this.minScore };
    const top = source.topReceivingFor(s, k, excludeIds ? { filters, excludeIds } : { filters });
    const items: Candidate[] = [];
    for (const item of top.items) {
      const target = this.targetIndex.get(item.id);
      // The engine holds exactly the scope's receiving offers; anything else would be a bug upstream.
      if (target === undefined)
        throw new Error(`the engine returned receiving offer ${item.id} outside the scope`);
      items.push({ target, score: item.score });
    }
    this.lists[i] = { k, items, boundOnOthers: top.boundOnOthers };
  }

  /**
   * Adds to sending offer `i`'s list its top `k` among the receiving offers not in `avoid` (e.g. those already full),
   * so it can find a free place the first list missed. Its bound on the rest is kept: the pairs left out are still
   * covered by it, since the list only grows.
   */
  extend(source: CandidateSource, i: number, k: number, avoid: ReadonlySet<string>): void {
    const s = this.sending[i];
    const dismissed = this.dismissed.get(s.id);
    const top = source.topReceivingFor(s, k, {
      filters: { minScore: this.minScore },
      excludeIds: dismissed ? new EitherSet(avoid, dismissed) : avoid,
    });
    const list = this.lists[i];
    const listed = new Set(list.items.map((c) => c.target));
    for (const item of top.items) {
      const target = this.targetIndex.get(item.id);
      if (target === undefined)
        throw new Error(`the engine returned receiving offer ${item.id} outside the scope`);
      if (!listed.has(target)) list.items.push({ target, score: item.score });
    }
    list.items.sort((x, y) => y.score - x.score || x.target - y.target);
  }

  kOf(i: number): number {
    return this.lists[i].k;
  }

  build(): AssignmentProblem {
    const builder = new AssignmentProblemBuilder(this.receiving.map((r) => r.people));
    this.sending.forEach((s, i) => {
      const list = this.lists[i];
      builder.addSupplier(s.people, list.items, list.boundOnOthers);
    });
    return builder.build();
  }
}

/** The union of two sets without copying them (a few thousand full offers, asked of for many sending offers). */
class EitherSet implements ReadonlySet<string> {
  constructor(
    private readonly a: ReadonlySet<string>,
    private readonly b: ReadonlySet<string>,
  ) {}

  has(value: string): boolean {
    return this.a.has(value) || this.b.has(value);
  }

  get size(): number {
    let size = this.a.size;
    for (const value of this.b) if (!this.a.has(value)) size++;
    return size;
  }

  *values(): SetIterator<string> {
    yield* this.a;
    for (const value of this.b) if (!this.a.has(value)) yield value;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const value of this.values()) yield [value, value];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const value of this.values()) callback(value, value, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
