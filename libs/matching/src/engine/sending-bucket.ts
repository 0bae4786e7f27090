// A bucket of sending profiles, and the upper bound of any member's score against one receiving profile.
import type { CompiledReceiving, CompiledSending } from './compiled-profile';
import { NO_NIGHT_SHIFT_BIT } from './compiled-profile';
import {
  MOVE_SECONDMENT,
  NEUTRAL,
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
import { Bucket, IntPool, bucketKey, clamp, countInSet, growFloat64, growInt32 } from './profile-index';
import type { SearchState } from './search-state';
import { textValue } from './text-similarity';

/** Marks a receiving query sets per skill id for SendingBucket.scan. */
export const MARK_REQUIRED = 1;
export const MARK_PREFERRED = 2;

export function sendingBucketKey(s: CompiledSending): number {
  return bucketKey(s.pref, s.occ, s.moveMask);
}

export class SendingBucket extends Bucket<CompiledSending> {
  readonly pref: number;
  readonly region: number;
  readonly occ: number;
  readonly moveMask: number;

  private anyAnywhere = false;
  private readonly listed = new Set<number>();
  private anyKnownSkills = false;
  private anyUnknownSkills = false;
  private readonly skillUnion = new Set<number>();
  private periodMin = Infinity;
  private periodMax = -Infinity;
  private periodMissing = false;
  private wageMin = Infinity;
  private wageMissing = false;
  private peopleMin = Infinity;
  private peopleMax = -Infinity;
  private peopleMissing = false;
  private earliestMin = Infinity;
  private earliestMissing = false;
  private experienceMax = -Infinity;
  private experienceMissing = false;
  private anyNoWishes = false;

  /**
   * From the last `bound`: the bound's share of PERIOD..EXPERIENCE, the factors a scan looks at after the
   * skills, so that it can skip a member on its skills alone.
   */
  lastRest = 0;

  // Columns, one row per member (see Bucket).
  private period = new Float64Array(0);
  private wage = new Float64Array(0);
  private people = new Float64Array(0);
  private earliest = new Float64Array(0);
  private experience = new Float64Array(0);
  private wanted = new Int32Array(0);
  private wantedCount = new Int32Array(0);
  private skillOff = new Int32Array(0);
  private skillLen = new Int32Array(0);
  private acceptOff = new Int32Array(0);
  private acceptLen = new Int32Array(0);
  private readonly pool = new IntPool();

  constructor(sample: CompiledSending) {
    super();
    this.pref = sample.pref;
    this.region = sample.region;
    this.occ = sample.occ;
    this.moveMask = sample.moveMask;
  }

  get key(): number {
    return bucketKey(this.pref, this.occ, this.moveMask);
  }

  protected reset(): void {
    this.anyAnywhere = this.anyKnownSkills = this.anyUnknownSkills = this.anyNoWishes = false;
    this.listed.clear();
    this.skillUnion.clear();
    this.periodMin = this.wageMin = this.peopleMin = this.earliestMin = Infinity;
    this.periodMax = this.peopleMax = this.experienceMax = -Infinity;
    this.periodMissing = this.wageMissing = this.peopleMissing = false;
    this.earliestMissing = this.experienceMissing = false;
  }

  protected include(s: CompiledSending): void {
    if (s.accept.length === 0) this.anyAnywhere = true;
    for (const p of s.accept) this.listed.add(p);
    if (s.skillsKnown) {
      this.anyKnownSkills = true;
      for (const id of s.skills) this.skillUnion.add(id);
    } else {
      this.anyUnknownSkills = true;
    }
    if (s.period > 0) {
      this.periodMin = Math.min(this.periodMin, s.period);
      this.periodMax = Math.max(this.periodMax, s.period);
    } else {
      this.periodMissing = true;
    }
    if (s.wage > 0) this.wageMin = Math.min(this.wageMin, s.wage);
    else this.wageMissing = true;
    if (s.people > 0) {
      this.peopleMin = Math.min(this.peopleMin, s.people);
      this.peopleMax = Math.max(this.peopleMax, s.people);
    } else {
      this.peopleMissing = true;
    }
    if (Number.isFinite(s.earliest)) this.earliestMin = Math.min(this.earliestMin, s.earliest);
    else this.earliestMissing = true;
    if (s.experience >= 0) this.experienceMax = Math.max(this.experienceMax, s.experience);
    else this.experienceMissing = true;
    if (s.wantedCount === 0) this.anyNoWishes = true;
  }

  protected grow(capacity: number): void {
    this.period = growFloat64(this.period, capacity);
    this.wage = growFloat64(this.wage, capacity);
    this.people = growFloat64(this.people, capacity);
    this.earliest = growFloat64(this.earliest, capacity);
    this.experience = growFloat64(this.experience, capacity);
    this.wanted = growInt32(this.wanted, capacity);
    this.wantedCount = growInt32(this.wantedCount, capacity);
    this.skillOff = growInt32(this.skillOff, capacity);
    this.skillLen = growInt32(this.skillLen, capacity);
    this.acceptOff = growInt32(this.acceptOff, capacity);
    this.acceptLen = growInt32(this.acceptLen, capacity);
  }

  protected writeRow(i: number, s: CompiledSending): void {
    this.period[i] = s.period;
    this.wage[i] = s.wage;
    this.people[i] = s.people;
    this.earliest[i] = s.earliest;
    this.experience[i] = s.experience;
    this.wanted[i] = s.wanted;
    this.wantedCount[i] = s.wantedCount;
    this.skillOff[i] = this.pool.append(s.skills);
    this.skillLen[i] = s.skills.length;
    this.acceptOff[i] = this.pool.append(s.accept);
    this.acceptLen[i] = s.accept.length;
  }

  protected moveRow(from: number, to: number): void {
    this.period[to] = this.period[from];
    this.wage[to] = this.wage[from];
    this.people[to] = this.people[from];
    this.earliest[to] = this.earliest[from];
    this.experience[to] = this.experience[from];
    this.wanted[to] = this.wanted[from];
    this.wantedCount[to] = this.wantedCount[from];
    this.skillOff[to] = this.skillOff[from];
    this.skillLen[to] = this.skillLen[from];
    this.acceptOff[to] = this.acceptOff[from];
    this.acceptLen[to] = this.acceptLen[from];
  }

  protected dropRow(s: CompiledSending): void {
    this.pool.freed += s.skills.length + s.accept.length;
  }

  protected compact(): void {
    if (!this.pool.wasteful) return;
    this.pool.clear();
    this.members.forEach((s, i) => {
      this.skillOff[i] = this.pool.append(s.skills);
      this.acceptOff[i] = this.pool.append(s.accept);
    });
  }

  /**
   * Scores the members against r into st, as ReceivingBucket.scan does the other way. `st.marks[id]` has
   * MARK_REQUIRED for r's required skills and MARK_PREFERRED for its preferred ones.
   */
  scan(r: CompiledReceiving, st: SearchState, excludeMissingRequired: boolean, rest: number): void {
    const { v, marks, excludeIds, minScore } = st;
    const data = this.pool.data;
    const canSecondment = (this.moveMask & r.acceptMask & MOVE_SECONDMENT) !== 0;
    const nw = weightsForPair(st.weights, this.moveMask, r.acceptMask);
    const reqLen = r.required.length;
    const prefLen = r.preferred.length;
    const vOccupation = occupationValue(this.occ, r.occ);
    const base = nw[F_MOVE] + nw[F_OCCUPATION] * vOccupation + nw[F_TEXT] + BOUND_MARGIN;
    let threshold = st.threshold;
    const n = this.members.length;
    for (let i = 0; i < n; i++) {
      const acceptLen = this.acceptLen[i];
      if (acceptLen > 0) {
        let allowed = false;
        for (let j = this.acceptOff[i], end = j + acceptLen; j < end; j++) {
          if (data[j] === r.pref) {
            allowed = true;
            break;
          }
        }
        if (!allowed) continue;
      }
      const skillLen = this.skillLen[i];
      const known = skillLen > 0;
      let reqCovered = 0;
      let prefCovered = 0;
      for (let j = this.skillOff[i], end = j + skillLen; j < end; j++) {
        const mark = marks[data[j]];
        reqCovered += mark & MARK_REQUIRED;
        prefCovered += mark >> 1;
      }
      if (excludeMissingRequired && reqLen > 0 && (!known || reqCovered < reqLen)) continue;
      const vRequired = requiredValue(reqCovered, reqLen, known);
      const vPreferred = preferredValue(prefCovered, prefLen, known);
      const vRegion = regionValue(this.pref, this.region, acceptLen, r.pref, r.region);
      // First the skills and place alone, with the other factors at the bucket's best.
      const skillBound =
        base + nw[F_REQUIRED] * vRequired + nw[F_PREFERRED] * vPreferred + nw[F_REGION] * vRegion + rest;
      if (skillBound < threshold || skillBound < minScore) {
        if (skillBound >= minScore) st.skipped(skillBound);
        continue;
      }
      const vPeriod = periodValue(canSecondment, this.period[i], r.period);
      const vWage = wageValue(canSecondment, this.wage[i], r.wage);
      const vPeople = peopleValue(this.people[i], r.people);
      const vStart = startValue(this.earliest[i], r.startBy);
      const vConditions = conditionsValue(
        this.wanted[i],
        this.wantedCount[i],
        r.offered,
        r.shift,
        NO_NIGHT_SHIFT_BIT,
      );
      const vExperience = experienceValue(this.experience[i], r.minExperience);
      const bound =
        base +
        nw[F_REQUIRED] * vRequired +
        nw[F_PREFERRED] * vPreferred +
        nw[F_REGION] * vRegion +
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
      const s = this.members[i];
      if (s.profile.companyId === r.profile.companyId) continue;
      if (excludeIds !== null && excludeIds.has(s.id)) continue;
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
      st.offer(s.id, combine(nw, v));
      threshold = st.threshold;
    }
  }

  /** Best region value of an allowed member for a workplace, or -1 when no member allows it. */
  private regionBound(r: CompiledReceiving): number {
    if (this.pref >= 0 && this.pref === r.pref) {
      return this.anyAnywhere || this.listed.has(r.pref) ? 1 : -1;
    }
    let best = this.listed.has(r.pref) ? regionValue(this.pref, this.region, 1, r.pref, r.region) : -1;
    if (this.anyAnywhere) best = Math.max(best, regionValue(this.pref, this.region, 0, r.pref, r.region));
    return best;
  }

  /** No member can be eligible for r under the hard rules the bucket can see. */
  allExcluded(r: CompiledReceiving, excludeMissingRequired: boolean): boolean {
    if ((this.moveMask & r.acceptMask) === 0 || this.regionBound(r) < 0) return true;
    return (
      excludeMissingRequired &&
      r.required.length > 0 &&
      (!this.anyKnownSkills || countInSet(r.required, this.skillUnion) < r.required.length)
    );
  }

  /** Upper bound from move type, occupation and region, every other factor at 1; NaN if no member allows r. */
  coarseBound(r: CompiledReceiving, pw: PairWeights): number {
    const nw = weightsForPair(pw, this.moveMask, r.acceptMask);
    const region = this.regionBound(r);
    if (region < 0) return NaN;
    return (
      1 -
      nw[F_OCCUPATION] * (1 - occupationValue(this.occ, r.occ)) -
      nw[F_REGION] * (1 - region) +
      BOUND_MARGIN
    );
  }

  /** Upper bound (plus BOUND_MARGIN) of the score of every allowed member against r; see ReceivingBucket. */
  bound(r: CompiledReceiving, pw: PairWeights, v: Float64Array): number {
    const canSecondment = (this.moveMask & r.acceptMask & MOVE_SECONDMENT) !== 0;
    const nw = weightsForPair(pw, this.moveMask, r.acceptMask);
    v[F_MOVE] = 1;
    if (r.required.length === 0) {
      v[F_REQUIRED] = 1;
    } else {
      v[F_REQUIRED] = this.anyUnknownSkills ? NEUTRAL : 0;
      if (this.anyKnownSkills) {
        const covered = countInSet(r.required, this.skillUnion);
        v[F_REQUIRED] = Math.max(v[F_REQUIRED], requiredValue(covered, r.required.length, true));
      }
    }
    v[F_PREFERRED] = NEUTRAL;
    if (r.preferred.length > 0 && this.anyKnownSkills) {
      v[F_PREFERRED] = preferredValue(countInSet(r.preferred, this.skillUnion), r.preferred.length, true);
    }
    v[F_OCCUPATION] = occupationValue(this.occ, r.occ);
    v[F_TEXT] = 1;
    v[F_REGION] = this.regionBound(r);
    v[F_PERIOD] = this.periodMissing || !canSecondment ? NEUTRAL : 0;
    if (canSecondment && this.periodMin <= this.periodMax) {
      const best = periodValue(true, clamp(r.period, this.periodMin, this.periodMax), r.period);
      if (best > v[F_PERIOD]) v[F_PERIOD] = best;
    }
    v[F_WAGE] = this.wageMissing ? NEUTRAL : 0;
    if (this.wageMin < Infinity)
      v[F_WAGE] = Math.max(v[F_WAGE], wageValue(canSecondment, this.wageMin, r.wage));
    v[F_PEOPLE] = this.peopleMissing ? NEUTRAL : 0;
    if (this.peopleMin <= this.peopleMax) {
      v[F_PEOPLE] = Math.max(
        v[F_PEOPLE],
        peopleValue(clamp(r.people, this.peopleMin, this.peopleMax), r.people),
      );
    }
    v[F_START] = this.earliestMissing ? NEUTRAL : 0;
    if (this.earliestMin < Infinity)
      v[F_START] = Math.max(v[F_START], startValue(this.earliestMin, r.startBy));
    v[F_EXPERIENCE] = this.experienceMissing ? NEUTRAL : 0;
    if (this.experienceMax > -Infinity) {
      v[F_EXPERIENCE] = Math.max(v[F_EXPERIENCE], experienceValue(this.experienceMax, r.minExperience));
    }
    // A receiver that stated no conditions leaves every wish neutral; otherwise any wish may be met.
    v[F_CONDITIONS] = r.offered === 0 && r.shift === SHIFT_NONE && !this.anyNoWishes ? NEUTRAL : 1;
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
}
