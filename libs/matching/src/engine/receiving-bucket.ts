// A bucket of receiving offers, and the upper bound of any member's score against one sending profile.
import type { CompiledReceiving, CompiledSending } from './compiled-profile';
import { NO_NIGHT_SHIFT_BIT } from './compiled-profile';
import {
  MOVE_SECONDMENT,
  NEUTRAL,
  SHIFT_DAY,
  SHIFT_FLEXIBLE,
  SHIFT_NIGHT,
  SHIFT_NONE,
  conditionsValue,
  experienceValue,
  peopleValue,
  periodValue,
  preferredValue,
  regionValue,
  requiredValue,
  startValue,
  wageValue,
  wishCredit,
} from './factors';
import { occupationValue } from './occupation-affinity';
import {
  BOUND_MARGIN,
  FACTOR_COUNT,
  F_CONDITIONS,
  F_EXPERIENCE,
  F_MOVE,
  F_OCCUPATION,
  F_PEOPLE,
  F_PERIOD,
  F_PREFERRED,
  F_REGION,
  F_REQUIRED,
  F_START,
  F_TEXT,
  F_WAGE,
  combine,
  weightsForPair,
  type PairWeights,
} from './pair-scorer';
import { Bucket, IntPool, bucketKey, clamp, growFloat64, growInt32, intersectsSet } from './profile-index';
import type { SearchState } from './search-state';
import { textValue } from './text-similarity';

export function receivingBucketKey(r: CompiledReceiving): number {
  return bucketKey(r.pref, r.occ, r.acceptMask);
}

export class ReceivingBucket extends Bucket<CompiledReceiving> {
  readonly pref: number;
  readonly region: number;
  readonly occ: number;
  readonly acceptMask: number;

  anyNoRequired = false;
  readonly requiredUnion = new Set<number>();
  readonly preferredUnion = new Set<number>();
  private periodMin = Infinity;
  private periodMax = -Infinity;
  private periodMissing = false;
  private wageMax = -Infinity;
  private wageMissing = false;
  private peopleMin = Infinity;
  private peopleMax = -Infinity;
  private peopleMissing = false;
  private startMax = -Infinity;
  private startMissing = false;
  private experienceMin = Infinity;
  private experienceMissing = false;
  private offeredOr = 0;
  private anyDay = false;
  private anySoftShift = false;
  private anyKnownConditions = false;
  private anyUnknownConditions = false;

  /**
   * From the last `bound`: the bound's share of PERIOD..EXPERIENCE, the factors a scan looks at after the
   * skills, so that it can skip a member on its skills alone.
   */
  lastRest = 0;

  // Columns, one row per member (see Bucket).
  private period = new Float64Array(0);
  private wage = new Float64Array(0);
  private people = new Float64Array(0);
  private startBy = new Float64Array(0);
  private minExperience = new Float64Array(0);
  private offered = new Int32Array(0);
  private shift = new Int32Array(0);
  private requiredOff = new Int32Array(0);
  private requiredLen = new Int32Array(0);
  private preferredOff = new Int32Array(0);
  private preferredLen = new Int32Array(0);
  private readonly skills = new IntPool();

  constructor(sample: CompiledReceiving) {
    super();
    this.pref = sample.pref;
    this.region = sample.region;
    this.occ = sample.occ;
    this.acceptMask = sample.acceptMask;
  }

  get key(): number {
    return bucketKey(this.pref, this.occ, this.acceptMask);
  }

  protected reset(): void {
    this.anyNoRequired = false;
    this.requiredUnion.clear();
    this.preferredUnion.clear();
    this.periodMin = this.peopleMin = this.experienceMin = Infinity;
    this.periodMax = this.wageMax = this.peopleMax = this.startMax = -Infinity;
    this.periodMissing = this.wageMissing = this.peopleMissing = this.startMissing = false;
    this.experienceMissing = false;
    this.offeredOr = 0;
    this.anyDay = this.anySoftShift = this.anyKnownConditions = this.anyUnknownConditions = false;
  }

  protected include(r: CompiledReceiving): void {
    if (r.required.length === 0) this.anyNoRequired = true;
    for (const id of r.required) this.requiredUnion.add(id);
    for (const id of r.preferred) this.preferredUnion.add(id);
    // "Missing" is whatever makes the factor neutral for every sender, as the factor functions decide.
    if (r.period > 0) {
      this.periodMin = Math.min(this.periodMin, r.period);
      this.periodMax = Math.max(this.periodMax, r.period);
    } else {
      this.periodMissing = true;
    }
    if (r.wage >= 0) this.wageMax = Math.max(this.wageMax, r.wage);
    else this.wageMissing = true;
    if (r.people > 0) {
      this.peopleMin = Math.min(this.peopleMin, r.people);
      this.peopleMax = Math.max(this.peopleMax, r.people);
    } else {
      this.peopleMissing = true;
    }
    if (Number.isFinite(r.startBy)) this.startMax = Math.max(this.startMax, r.startBy);
    else this.startMissing = true;
    if (r.minExperience >= 0) this.experienceMin = Math.min(this.experienceMin, r.minExperience);
    else this.experienceMissing = true;
    if (r.offered === 0 && r.shift === SHIFT_NONE) {
      this.anyUnknownConditions = true;
    } else {
      this.anyKnownConditions = true;
      this.offeredOr |= r.offered;
      if (r.shift === SHIFT_DAY) this.anyDay = true;
      if (r.shift === SHIFT_NONE || r.shift === SHIFT_FLEXIBLE) this.anySoftShift = true;
    }
  }

  protected grow(capacity: number): void {
    this.period = growFloat64(this.period, capacity);
    this.wage = growFloat64(this.wage, capacity);
    this.people = growFloat64(this.people, capacity);
    this.startBy = growFloat64(this.startBy, capacity);
    this.minExperience = growFloat64(this.minExperience, capacity);
    this.offered = growInt32(this.offered, capacity);
    this.shift = growInt32(this.shift, capacity);
    this.requiredOff = growInt32(this.requiredOff, capacity);
    this.requiredLen = growInt32(this.requiredLen, capacity);
    this.preferredOff = growInt32(this.preferredOff, capacity);
    this.preferredLen = growInt32(this.preferredLen, capacity);
  }

  protected writeRow(i: number, r: CompiledReceiving): void {
    this.period[i] = r.period;
    this.wage[i] = r.wage;
    this.people[i] = r.people;
    this.startBy[i] = r.startBy;
    this.minExperience[i] = r.minExperience;
    this.offered[i] = r.offered;
    this.shift[i] = r.shift;
    this.requiredOff[i] = this.skills.append(r.required);
    this.requiredLen[i] = r.required.length;
    this.preferredOff[i] = this.skills.append(r.preferred);
    this.preferredLen[i] = r.preferred.length;
  }

  protected moveRow(from: number, to: number): void {
    this.period[to] = this.period[from];
    this.wage[to] = this.wage[from];
    this.people[to] = this.people[from];
    this.startBy[to] = this.startBy[from];
    this.minExperience[to] = this.minExperience[from];
    this.offered[to] = this.offered[from];
    this.shift[to] = this.shift[from];
    this.requiredOff[to] = this.requiredOff[from];
    this.requiredLen[to] = this.requiredLen[from];
    this.preferredOff[to] = this.preferredOff[from];
    this.preferredLen[to] = this.preferredLen[from];
  }

  protected dropRow(r: CompiledReceiving): void {
    this.skills.freed += r.required.length + r.preferred.length;
  }

  protected compact(): void {
    if (!this.skills.wasteful) return;
    this.skills.clear();
    this.members.forEach((r, i) => {
      this.requiredOff[i] = this.skills.append(r.required);
      this.preferredOff[i] = this.skills.append(r.preferred);
    });
  }

  /**
   * Scores the members against s into st, skipping any whose bound before the text is below the k-th score.
   * The values come from the same factor functions, on the same numbers, as cheapValues: so the same bits.
   * `st.marks[id]` is 1 for the skills s holds.
   */
  scan(s: CompiledSending, st: SearchState, excludeMissingRequired: boolean, rest: number): void {
    const { v, marks, excludeIds, minScore } = st;
    const pool = this.skills.data;
    const canSecondment = (s.moveMask & this.acceptMask & MOVE_SECONDMENT) !== 0;
    const nw = weightsForPair(st.weights, s.moveMask, this.acceptMask);
    const known = s.skillsKnown;
    const vOccupation = occupationValue(s.occ, this.occ);
    const vRegion = regionValue(s.pref, s.region, s.accept.length, this.pref, this.region);
    const base =
      nw[F_MOVE] + nw[F_OCCUPATION] * vOccupation + nw[F_REGION] * vRegion + nw[F_TEXT] + BOUND_MARGIN;
    let threshold = st.threshold;
    const n = this.members.length;
    for (let i = 0; i < n; i++) {
      const reqLen = this.requiredLen[i];
      let reqCovered = 0;
      for (let j = this.requiredOff[i], end = j + reqLen; j < end; j++) reqCovered += marks[pool[j]];
      if (excludeMissingRequired && reqLen > 0 && (!known || reqCovered < reqLen)) continue;
      const prefLen = this.preferredLen[i];
      let prefCovered = 0;
      for (let j = this.preferredOff[i], end = j + prefLen; j < end; j++) prefCovered += marks[pool[j]];
      const vRequired = requiredValue(reqCovered, reqLen, known);
      const vPreferred = preferredValue(prefCovered, prefLen, known);
      // First the skills alone, with the other factors at the bucket's best.
      const skillBound = base + nw[F_REQUIRED] * vRequired + nw[F_PREFERRED] * vPreferred + rest;
      if (skillBound < threshold || skillBound < minScore) {
        if (skillBound >= minScore) st.skipped(skillBound);
        continue;
      }
      const vPeriod = periodValue(canSecondment, s.period, this.period[i]);
      const vWage = wageValue(canSecondment, s.wage, this.wage[i]);
      const vPeople = peopleValue(s.people, this.people[i]);
      const vStart = startValue(s.earliest, this.startBy[i]);
      const vConditions = conditionsValue(
        s.wanted,
        s.wantedCount,
        this.offered[i],
        this.shift[i],
        NO_NIGHT_SHIFT_BIT,
      );
      const vExperience = experienceValue(s.experience, this.minExperience[i]);
      const bound =
        base +
        nw[F_REQUIRED] * vRequired +
        nw[F_PREFERRED] * vPreferred +
        nw[F_PERIOD] * vPeriod +
        nw[F_WAGE] * vWage +
        nw[F_PEOPLE] * vPeople +
        nw[F_START] * vStart +
        nw[F_CONDITIONS] * vConditions +
        nw[F_EXPERIENCE] * vExperience;
      if (bound < minScore) continue;
      if (bound < threshold) {
        st.skipped(bound);
        continue;
      }
      const r = this.members[i];
      if (r.profile.companyId === s.profile.companyId) continue;
      if (excludeIds !== null && excludeIds.has(r.id)) continue;
      v[F_MOVE] = 1;
      v[F_REQUIRED] = vRequired;
      v[F_PREFERRED] = vPreferred;
      v[F_OCCUPATION] = vOccupation;
      v[F_TEXT] = textValue(s.grams, r.grams);
      v[F_REGION] = vRegion;
      v[F_PERIOD] = vPeriod;
      v[F_WAGE] = vWage;
      v[F_PEOPLE] = vPeople;
      v[F_START] = vStart;
      v[F_CONDITIONS] = vConditions;
      v[F_EXPERIENCE] = vExperience;
      st.offer(r.id, combine(nw, v));
      threshold = st.threshold;
    }
  }

  /** No member can be eligible when missing required skills exclude and the sender holds none of them. */
  allMissRequired(s: CompiledSending): boolean {
    return !this.anyNoRequired && (!s.skillsKnown || !intersectsSet(s.skills, this.requiredUnion));
  }

  /** Upper bound (plus BOUND_MARGIN) from move type, occupation and region, every other factor at 1. */
  coarseBound(s: CompiledSending, pw: PairWeights): number {
    const nw = weightsForPair(pw, s.moveMask, this.acceptMask);
    return (
      1 -
      nw[F_OCCUPATION] * (1 - occupationValue(s.occ, this.occ)) -
      nw[F_REGION] * (1 - regionValue(s.pref, s.region, s.accept.length, this.pref, this.region)) +
      BOUND_MARGIN
    );
  }

  /**
   * An upper bound (plus BOUND_MARGIN) of the score of every member against s: each factor at the best value
   * any member could reach, by the same factor functions (all monotone in the extremes kept here).
   */
  bound(s: CompiledSending, pw: PairWeights, v: Float64Array): number {
    const canSecondment = (s.moveMask & this.acceptMask & MOVE_SECONDMENT) !== 0;
    const nw = weightsForPair(pw, s.moveMask, this.acceptMask);
    v[F_MOVE] = 1;
    v[F_REQUIRED] = this.anyNoRequired
      ? 1
      : !s.skillsKnown
        ? NEUTRAL
        : intersectsSet(s.skills, this.requiredUnion)
          ? 1
          : 0;
    v[F_PREFERRED] = s.skillsKnown && intersectsSet(s.skills, this.preferredUnion) ? 1 : NEUTRAL;
    v[F_OCCUPATION] = occupationValue(s.occ, this.occ);
    v[F_TEXT] = 1;
    v[F_REGION] = regionValue(s.pref, s.region, s.accept.length, this.pref, this.region);
    v[F_PERIOD] = this.periodMissing || !canSecondment ? NEUTRAL : 0;
    if (canSecondment && this.periodMin <= this.periodMax) {
      const best = periodValue(true, s.period, clamp(s.period, this.periodMin, this.periodMax));
      if (best > v[F_PERIOD]) v[F_PERIOD] = best;
    }
    v[F_WAGE] = this.wageMissing ? NEUTRAL : 0;
    if (this.wageMax >= 0) v[F_WAGE] = Math.max(v[F_WAGE], wageValue(canSecondment, s.wage, this.wageMax));
    v[F_PEOPLE] = this.peopleMissing ? NEUTRAL : 0;
    if (this.peopleMin <= this.peopleMax) {
      v[F_PEOPLE] = Math.max(
        v[F_PEOPLE],
        peopleValue(s.people, clamp(s.people, this.peopleMin, this.peopleMax)),
      );
    }
    v[F_START] = this.startMissing ? NEUTRAL : 0;
    if (this.startMax > -Infinity) v[F_START] = Math.max(v[F_START], startValue(s.earliest, this.startMax));
    v[F_EXPERIENCE] = this.experienceMissing ? NEUTRAL : 0;
    if (this.experienceMin < Infinity) {
      v[F_EXPERIENCE] = Math.max(v[F_EXPERIENCE], experienceValue(s.experience, this.experienceMin));
    }
    v[F_CONDITIONS] = this.conditionsBound(s);
    let sum = 0;
    for (let i = 0; i < FACTOR_COUNT; i++) sum += nw[i] * v[i];
    this.lastRest =
      nw[F_PERIOD] * v[F_PERIOD] +
      nw[F_WAGE] * v[F_WAGE] +
      nw[F_PEOPLE] * v[F_PEOPLE] +
      nw[F_START] * v[F_START] +
      nw[F_CONDITIONS] * v[F_CONDITIONS] +
      nw[F_EXPERIENCE] * v[F_EXPERIENCE];
    return sum + BOUND_MARGIN;
  }

  private conditionsBound(s: CompiledSending): number {
    if (s.wantedCount === 0) return 1;
    let best = this.anyUnknownConditions ? NEUTRAL : 0;
    if (this.anyKnownConditions) {
      const shift = this.anyDay ? SHIFT_DAY : this.anySoftShift ? SHIFT_FLEXIBLE : SHIFT_NIGHT;
      let credit = 0;
      for (let rest = s.wanted; rest !== 0; rest &= rest - 1) {
        credit += wishCredit(rest & -rest, NO_NIGHT_SHIFT_BIT, this.offeredOr, shift);
      }
      best = Math.max(best, credit / s.wantedCount);
    }
    return best;
  }
}
