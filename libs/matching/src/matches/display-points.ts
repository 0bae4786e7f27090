// Scores as people read them: whole points out of 100. The engine's score is a sum of products in [0, 1]
// (0.5049999999999999 when the products add up to 0.505), so the display is rounded here, once, where the wording
// of matching lives; and each factor's points are apportioned so that a table of them adds up to the score shown.
import type { FactorScore } from '../engine/match-explanation';

/** Enough decimals to drop floating-point noise, far more than any weight or fit carries. */
const NOISE_DIGITS = 6;

/** A share in [0, 1] as whole points out of 100, half up after dropping float noise (0.5049999999999999 → 51). */
export function toPoints(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.round(Number((share * 100).toFixed(NOISE_DIGITS)));
}

/**
 * Whole numbers near `exact` that add up to `total` (largest remainder), none above its cap: each starts at its
 * floor, and the points still missing go to the largest fractions first.
 */
export function apportion(exact: readonly number[], total: number, caps?: readonly number[]): number[] {
  const cap = (i: number) => caps?.[i] ?? Number.POSITIVE_INFINITY;
  const clean = exact.map((x) => Math.max(0, Number(x.toFixed(NOISE_DIGITS))));
  const out = clean.map((x, i) => Math.min(Math.floor(x), cap(i)));
  const byFraction = clean
    .map((x, i) => ({ i, fraction: x - Math.floor(x) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i)
    .map((each) => each.i);
  let missing = total - out.reduce((sum, x) => sum + x, 0);
  // A pass adds at most one point to each factor below its cap; the caps sum to at least the total, so this ends.
  while (missing > 0 && byFraction.some((i) => out[i] < cap(i))) {
    for (const i of byFraction) {
      if (missing === 0) break;
      if (out[i] < cap(i)) {
        out[i] += 1;
        missing -= 1;
      }
    }
  }
  // Only reachable if the exact values added up to more than the total: take back from the smallest fractions.
  for (const i of [...byFraction].reverse()) {
    while (missing < 0 && out[i] > 0) {
      out[i] -= 1;
      missing += 1;
    }
  }
  return out;
}

export interface FactorPoints {
  /** This factor's part of the score, in whole points; all factors add up to the score's points. */
  points: number;
  /** The most this factor can give, in whole points; all factors add up to 100. */
  maxPoints: number;
}

/** Each factor's points and maximum, consistent with `scorePoints` (the rounded score). */
export function factorPoints(factors: readonly FactorScore[], scorePoints: number): FactorPoints[] {
  const weightTotal = toPoints(factors.reduce((sum, f) => sum + f.weight, 0));
  const maxPoints = apportion(
    factors.map((f) => f.weight * 100),
    weightTotal,
  );
  const points = apportion(
    factors.map((f) => f.contribution * 100),
    Math.min(scorePoints, weightTotal),
    maxPoints,
  );
  return factors.map((_, i) => ({ points: points[i], maxPoints: maxPoints[i] }));
}
