// One pair's factor values and score. score = Σ w·v / Σ w, summed in FACTOR_KEYS order by `combine` only, so
// the fast path, the exhaustive baseline and `explain` agree to the last bit.
import type { CompiledReceiving, CompiledSending } from './compiled-profile';
import { NO_NIGHT_SHIFT_BIT } from './compiled-profile';
import {
  MOVE_SECONDMENT,
  conditionsValue,
  experienceValue,
  peopleValue,
  periodValue,
  preferredValue,
  regionAllowed,
  regionValue,
  requiredValue,
  skillIntersection,
  startValue,
  wageValue,
} from './factors';
import { DEFAULT_FACTOR_WEIGHTS, FACTOR_KEYS, FactorKey, type FactorWeights } from './factor-weights';
import { occupationValue } from './occupation-affinity';
import { textValue } from './text-similarity';

// Positions in FACTOR_KEYS (checked below).
export const F_MOVE = 0;
export const F_REQUIRED = 1;
export const F_PREFERRED = 2;
export const F_OCCUPATION = 3;
export const F_TEXT = 4;
export const F_REGION = 5;
export const F_PERIOD = 6;
export const F_WAGE = 7;
export const F_PEOPLE = 8;
export const F_START = 9;
export const F_CONDITIONS = 10;
export const F_EXPERIENCE = 11;
export const FACTOR_COUNT = 12;

const EXPECTED_ORDER: readonly FactorKey[] = [
  FactorKey.MOVE_TYPE,
  FactorKey.REQUIRED_SKILLS,
  FactorKey.PREFERRED_SKILLS,
  FactorKey.OCCUPATION,
  FactorKey.TEXT,
  FactorKey.REGION,
  FactorKey.PERIOD,
  FactorKey.WAGE,
  FactorKey.PEOPLE,
  FactorKey.START,
  FactorKey.CONDITIONS,
  FactorKey.EXPERIENCE,
];
if (FACTOR_KEYS.length !== FACTOR_COUNT || EXPECTED_ORDER.some((k, i) => FACTOR_KEYS[i] !== k)) {
  throw new Error('FactorKey order changed: update the F_* positions in pair-scorer.ts');
}

/**
 * Added to every upper bound before pruning: the bound sums the same products in another order than `combine`,
 * so it may round below the true score by a few ulps. With the margin, a pruned pair is strictly worse.
 */
export const BOUND_MARGIN = 1e-9;

/**
 * Weights divided by their sum, in FACTOR_KEYS order. Negative or non-numeric weights count as 0, a missing one
 * as its default; if all are 0, every factor weighs the same. The factor at `unscored` (if any) weighs 0 and the
 * others share its part.
 */
export function normalizeWeights(weights: Partial<FactorWeights>, unscored = -1): Float64Array {
  const w = new Float64Array(FACTOR_COUNT);
  let total = 0;
  FACTOR_KEYS.forEach((key, i) => {
    const raw = weights[key] ?? DEFAULT_FACTOR_WEIGHTS[key];
    w[i] = i !== unscored && typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
    total += w[i];
  });
  const scored = unscored >= 0 && unscored < FACTOR_COUNT ? FACTOR_COUNT - 1 : FACTOR_COUNT;
  for (let i = 0; i < FACTOR_COUNT; i++) {
    w[i] = i === unscored ? 0 : total > 0 ? w[i] / total : 1 / scored;
  }
  return w;
}

/**
 * The normalised weights of the two kinds of pair. A pair that can only be a transfer (移籍) has no period, so
 * PERIOD is not scored at all: it weighs 0 and adds nothing, and the other factors keep their proportions (a
 * neutral 0.5 would hand every transfer PERIOD's half for free, a 0 would rank every transfer below secondments).
 */
export interface PairWeights {
  readonly secondment: Float64Array;
  readonly transfer: Float64Array;
}

export function pairWeights(weights: Partial<FactorWeights>): PairWeights {
  return { secondment: normalizeWeights(weights), transfer: normalizeWeights(weights, F_PERIOD) };
}

/** The weights a pair is scored with, from the sender's wanted and the receiver's accepted move types. */
export function weightsForPair(pw: PairWeights, moveMask: number, acceptMask: number): Float64Array {
  return (moveMask & acceptMask & MOVE_SECONDMENT) !== 0 ? pw.secondment : pw.transfer;
}

/** The score of a pair from its factor values. THE only place a score is made. */
export function combine(nw: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < FACTOR_COUNT; i++) s += nw[i] * v[i];
  return s > 1 ? 1 : s;
}

export enum Exclusion {
  NONE,
  SAME_COMPANY,
  MOVE_TYPE,
  REGION,
  MISSING_REQUIRED,
}

/** The hard rules. */
export function exclusionOf(
  s: CompiledSending,
  r: CompiledReceiving,
  excludeMissingRequired: boolean,
): Exclusion {
  // Moving staff within one company is not the Center's brokering.
  if (s.profile.companyId === r.profile.companyId) return Exclusion.SAME_COMPANY;
  if ((s.moveMask & r.acceptMask) === 0) return Exclusion.MOVE_TYPE;
  if (!regionAllowed(s.accept, r.pref)) return Exclusion.REGION;
  if (
    excludeMissingRequired &&
    r.required.length > 0 &&
    (!s.skillsKnown || skillIntersection(s.skills, r.required) < r.required.length)
  ) {
    return Exclusion.MISSING_REQUIRED;
  }
  return Exclusion.NONE;
}

/** Every factor value but TEXT, into v. For a pair that passed exclusionOf. */
export function cheapValues(s: CompiledSending, r: CompiledReceiving, v: Float64Array): void {
  const canSecondment = (s.moveMask & r.acceptMask & MOVE_SECONDMENT) !== 0;
  v[F_MOVE] = 1;
  v[F_REQUIRED] = requiredValue(skillIntersection(s.skills, r.required), r.required.length, s.skillsKnown);
  v[F_PREFERRED] = preferredValue(
    skillIntersection(s.skills, r.preferred),
    r.preferred.length,
    s.skillsKnown,
  );
  v[F_OCCUPATION] = occupationValue(s.occ, r.occ);
  v[F_REGION] = regionValue(s.pref, s.region, s.accept.length, r.pref, r.region);
  v[F_PERIOD] = periodValue(canSecondment, s.period, r.period);
  v[F_WAGE] = wageValue(canSecondment, s.wage, r.wage);
  v[F_PEOPLE] = peopleValue(s.people, r.people);
  v[F_START] = startValue(s.earliest, r.startBy);
  v[F_CONDITIONS] = conditionsValue(s.wanted, s.wantedCount, r.offered, r.shift, NO_NIGHT_SHIFT_BIT);
  v[F_EXPERIENCE] = experienceValue(s.experience, r.minExperience);
}

/** All factor values into v, and the score with the pair's weights (weightsForPair). For a pair that passed exclusionOf. */
export function scorePair(
  s: CompiledSending,
  r: CompiledReceiving,
  nw: Float64Array,
  v: Float64Array,
): number {
  cheapValues(s, r, v);
  v[F_TEXT] = textValue(s.grams, r.grams);
  return combine(nw, v);
}
