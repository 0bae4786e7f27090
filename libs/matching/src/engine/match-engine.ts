// The in-memory matching engine: both sides' profiles, compiled and bucketed, with an exact pruned top-k and the
// exhaustive baseline it must agree with. Pure TypeScript: the API and batch assignment feed it profiles.
import type { CompiledReceiving, CompiledSending } from './compiled-profile';
import { EngineDictionary } from './compiled-profile';
import { buildExplanation, exclusionMessage } from './explain';
import type { MatchingSettings } from './factor-weights';
import type { MatchExplanation } from './match-explanation';
import type { TopCounterparts, TopOptions, RankedCounterpart } from './match-index.contract';
import type { MatchReference, ReceivingProfile, SendingProfile } from './match-profile';
import {
  Exclusion,
  FACTOR_COUNT,
  exclusionOf,
  pairWeights,
  scorePair,
  weightsForPair,
  type PairWeights,
} from './pair-scorer';
import { ProfileIndex } from './profile-index';
import { compileFilters, occAllowed, prefAllowed } from './query-filters';
import { ReceivingBucket, receivingBucketKey } from './receiving-bucket';
import { SearchState } from './search-state';
import { MARK_PREFERRED, MARK_REQUIRED, SendingBucket, sendingBucketKey } from './sending-bucket';
import { compareRanked } from './top-k';

interface Candidate<B> {
  bucket: B;
  /** Upper bound from the factors that are the same for the whole bucket (see visitBuckets). */
  coarse: number;
}

interface BucketVisit<B> {
  bucket: B;
  bound: number;
  /** The bucket's `lastRest` for this query. */
  rest: number;
}

export class MatchEngine {
  private readonly dict: EngineDictionary;
  private settings!: MatchingSettings;
  private weights!: PairWeights;
  private readonly sending = new ProfileIndex<CompiledSending, SendingBucket>(
    sendingBucketKey,
    (s) => new SendingBucket(s),
  );
  private readonly receiving = new ProfileIndex<CompiledReceiving, ReceivingBucket>(
    receivingBucketKey,
    (r) => new ReceivingBucket(r),
  );
  /** Scratch factor values and skill marks (the engine is single-threaded and never re-entered). */
  private readonly v = new Float64Array(FACTOR_COUNT);
  private marks = new Uint8Array(1024);

  constructor(
    private readonly reference: MatchReference,
    settings: MatchingSettings,
  ) {
    this.dict = new EngineDictionary(reference);
    this.setSettings(settings);
  }

  /** New weights apply to the next query; nothing is recompiled. */
  setSettings(settings: MatchingSettings): void {
    this.settings = {
      weights: { ...settings.weights },
      excludeMissingRequired: settings.excludeMissingRequired,
    };
    this.weights = pairWeights(settings.weights);
  }

  /**
   * Runs a query under other settings (an administrator's preview) and restores the engine's own: queries are
   * synchronous, so no other caller can ever rank under the borrowed settings.
   */
  withSettings<T>(settings: MatchingSettings, query: () => T): T {
    const own = this.settings;
    this.setSettings(settings);
    try {
      return query();
    } finally {
      this.setSettings(own);
    }
  }

  /** Adds or replaces a profile. One with no people left (people < 1) is removed instead: it cannot match. */
  upsertSending(p: SendingProfile): void {
    if (!(p.people >= 1)) {
      this.sending.remove(p.id);
      return;
    }
    this.sending.upsert(this.dict.compileSending(p));
  }

  removeSending(id: string): void {
    this.sending.remove(id);
  }

  upsertReceiving(p: ReceivingProfile): void {
    if (!(p.people >= 1)) {
      this.receiving.remove(p.id);
      return;
    }
    this.receiving.upsert(this.dict.compileReceiving(p));
  }

  removeReceiving(id: string): void {
    this.receiving.remove(id);
  }

  getSending(id: string): SendingProfile | undefined {
    return this.sending.get(id)?.profile;
  }

  getReceiving(id: string): ReceivingProfile | undefined {
    return this.receiving.get(id)?.profile;
  }

  get sendingCount(): number {
    return this.sending.size;
  }

  get receivingCount(): number {
    return this.receiving.size;
  }

  /** Exact top-k receiving offers for a sending profile (which need not be in the index), pruned. */
  topReceivingFor(s: SendingProfile, k: number, options?: TopOptions): TopCounterparts {
    const cs = this.compiledSending(s);
    const f = compileFilters(this.dict, options);
    const excludeMissing = this.settings.excludeMissingRequired;
    const candidates: Candidate<ReceivingBucket>[] = [];
    for (const bucket of this.receiving.buckets.values()) {
      if (!prefAllowed(f, bucket.pref) || !occAllowed(f, bucket.occ)) continue;
      if ((cs.moveMask & bucket.acceptMask & f.moveMask) === 0) continue;
      if (cs.accept.length > 0 && !cs.accept.includes(bucket.pref)) continue;
      const coarse = bucket.coarseBound(cs, this.weights);
      if (coarse >= f.minScore) candidates.push({ bucket, coarse });
    }
    const marks = this.marksFor(cs.skills, cs.skills, 1, 1);
    const st = new SearchState(k, f, this.weights, this.v, marks);
    try {
      visitBuckets(candidates, st, {
        bound: (bucket) => {
          bucket.refresh();
          return excludeMissing && bucket.allMissRequired(cs) ? NaN : bucket.bound(cs, this.weights, this.v);
        },
        scan: (bucket, rest) => bucket.scan(cs, st, excludeMissing, rest),
      });
    } finally {
      this.clearMarks(cs.skills, cs.skills);
    }
    return st.result();
  }

  /** Exact top-k sending profiles for a receiving profile (which need not be in the index), pruned. */
  topSendingFor(r: ReceivingProfile, k: number, options?: TopOptions): TopCounterparts {
    const cr = this.compiledReceiving(r);
    const f = compileFilters(this.dict, options);
    const excludeMissing = this.settings.excludeMissingRequired;
    const candidates: Candidate<SendingBucket>[] = [];
    for (const bucket of this.sending.buckets.values()) {
      if (!prefAllowed(f, bucket.pref) || !occAllowed(f, bucket.occ)) continue;
      if ((bucket.moveMask & cr.acceptMask & f.moveMask) === 0) continue;
      bucket.refresh();
      const coarse = bucket.coarseBound(cr, this.weights);
      if (coarse >= f.minScore) candidates.push({ bucket, coarse });
    }
    const marks = this.marksFor(cr.required, cr.preferred, MARK_REQUIRED, MARK_PREFERRED);
    const st = new SearchState(k, f, this.weights, this.v, marks);
    try {
      visitBuckets(candidates, st, {
        bound: (bucket) =>
          bucket.allExcluded(cr, excludeMissing) ? NaN : bucket.bound(cr, this.weights, this.v),
        scan: (bucket, rest) => bucket.scan(cr, st, excludeMissing, rest),
      });
    } finally {
      this.clearMarks(cr.required, cr.preferred);
    }
    return st.result();
  }

  /** Per-skill marks for a query: `a` ids get markA, `b` ids get markB (OR-ed). Cleared by clearMarks. */
  private marksFor(a: Int32Array, b: Int32Array, markA: number, markB: number): Uint8Array {
    if (this.marks.length < this.dict.skillCount) {
      this.marks = new Uint8Array(Math.max(this.dict.skillCount, this.marks.length * 2, 1024));
    }
    for (const id of a) this.marks[id] |= markA;
    for (const id of b) this.marks[id] |= markB;
    return this.marks;
  }

  private clearMarks(a: Int32Array, b: Int32Array): void {
    for (const id of a) this.marks[id] = 0;
    for (const id of b) this.marks[id] = 0;
  }

  /** Baseline: every indexed receiving offer scored fully, no pruning, then sorted. Same items as top*. */
  exhaustiveReceivingFor(s: SendingProfile, k: number, options?: TopOptions): TopCounterparts {
    const cs = this.dict.compileSending(s);
    const f = compileFilters(this.dict, options);
    const all: RankedCounterpart[] = [];
    for (const r of this.receiving.items()) {
      if (
        !prefAllowed(f, r.pref) ||
        !occAllowed(f, r.occ) ||
        (cs.moveMask & r.acceptMask & f.moveMask) === 0
      ) {
        continue;
      }
      if (f.excludeIds?.has(r.id)) continue;
      const score = this.scoreCompiled(cs, r);
      if (score !== null && score >= f.minScore) all.push({ id: r.id, score });
    }
    return exhaustiveTop(all, k);
  }

  /** Baseline: every indexed sending profile scored fully, no pruning, then sorted. Same items as top*. */
  exhaustiveSendingFor(r: ReceivingProfile, k: number, options?: TopOptions): TopCounterparts {
    const cr = this.dict.compileReceiving(r);
    const f = compileFilters(this.dict, options);
    const all: RankedCounterpart[] = [];
    for (const s of this.sending.items()) {
      if (
        !prefAllowed(f, s.pref) ||
        !occAllowed(f, s.occ) ||
        (s.moveMask & cr.acceptMask & f.moveMask) === 0
      ) {
        continue;
      }
      if (f.excludeIds?.has(s.id)) continue;
      const score = this.scoreCompiled(s, cr);
      if (score !== null && score >= f.minScore) all.push({ id: s.id, score });
    }
    return exhaustiveTop(all, k);
  }

  /** The score top* gives the pair, or null when a hard rule excludes it. Neither profile need be indexed. */
  score(s: SendingProfile, r: ReceivingProfile): number | null {
    return this.scoreCompiled(this.dict.compileSending(s), this.dict.compileReceiving(r));
  }

  /** Full explanation; its score is the one top* returns for the pair. Excluded pairs say why. */
  explain(s: SendingProfile, r: ReceivingProfile): MatchExplanation | { excluded: string } {
    const cs = this.compiledSending(s);
    const cr = this.compiledReceiving(r);
    const why = exclusionOf(cs, cr, this.settings.excludeMissingRequired);
    if (why !== Exclusion.NONE) return { excluded: exclusionMessage(why, s, r, this.reference) };
    const v = new Float64Array(FACTOR_COUNT);
    const nw = weightsForPair(this.weights, cs.moveMask, cr.acceptMask);
    const score = scorePair(cs, cr, nw, v);
    return buildExplanation(this.reference, cs, cr, nw, v, score);
  }

  /**
   * The indexed compilation when `s` is the very profile indexed (a ranking's own offer, every counterpart it
   * explains), else a new one: compiling is most of explaining a pair.
   */
  private compiledSending(s: SendingProfile): CompiledSending {
    const indexed = this.sending.get(s.id);
    return indexed?.profile === s ? indexed : this.dict.compileSending(s);
  }

  private compiledReceiving(r: ReceivingProfile): CompiledReceiving {
    const indexed = this.receiving.get(r.id);
    return indexed?.profile === r ? indexed : this.dict.compileReceiving(r);
  }

  private scoreCompiled(cs: CompiledSending, cr: CompiledReceiving): number | null {
    if (exclusionOf(cs, cr, this.settings.excludeMissingRequired) !== Exclusion.NONE) return null;
    return scorePair(cs, cr, weightsForPair(this.weights, cs.moveMask, cr.acceptMask), this.v);
  }
}

/**
 * Visits buckets from the best bound down and stops at the first whose bound is below the k-th score (inside,
 * each scan skips members the same way). Buckets are taken in groups of equal coarse bound (move type,
 * occupation and region at their exact values, every other factor at 1), best group first; only a group that
 * can still beat the k-th score has its detailed bounds computed, and is visited best detailed bound first.
 * Bounds carry BOUND_MARGIN, so a pair tying the k-th score, which may still win on id, is never skipped.
 */
function visitBuckets<B extends { lastRest: number }>(
  candidates: Candidate<B>[],
  st: SearchState,
  ops: { bound: (bucket: B) => number; scan: (bucket: B, rest: number) => void },
): void {
  const groups = new Map<number, B[]>();
  for (const { bucket, coarse } of candidates) {
    const group = groups.get(coarse);
    if (group) group.push(bucket);
    else groups.set(coarse, [bucket]);
  }
  const order = [...groups.keys()].sort((a, b) => b - a);
  for (const coarse of order) {
    if (coarse < st.threshold) {
      st.skipped(coarse);
      return;
    }
    const visits: BucketVisit<B>[] = [];
    for (const bucket of groups.get(coarse) as B[]) {
      const bound = ops.bound(bucket);
      // NaN: no member can be eligible.
      if (bound >= st.minScore) visits.push({ bucket, bound, rest: bucket.lastRest });
    }
    visits.sort((a, b) => b.bound - a.bound);
    for (const { bucket, bound, rest } of visits) {
      if (bound < st.threshold) {
        st.skipped(bound);
        break;
      }
      ops.scan(bucket, rest);
    }
  }
}

function exhaustiveTop(all: RankedCounterpart[], k: number): TopCounterparts {
  all.sort(compareRanked);
  const n = Math.max(0, Math.floor(k));
  return { items: all.slice(0, n), boundOnOthers: all.length > n ? all[n].score : 0, scored: all.length };
}
