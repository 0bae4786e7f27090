import { OCCUPATION_AFFINITIES, occupationAffinityReason } from '@kakehashi/matching';
import { missingData, NEUTRAL, verdict, type FactorScorer } from './factor';

/** The offer engine's closeness of two occupation groups; 'L' (not classifiable) is neutral. */
export function occupationCloseness(a: string, b: string): number {
  if (a === 'L' || b === 'L') return NEUTRAL;
  if (a === b) return 1;
  return OCCUPATION_AFFINITIES.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.value ?? 0;
}

/** Occupation: the best of the wished groups. */
export const occupationFactor: FactorScorer = (registrant, opening, ref) => {
  if (registrant.desiredOccupationCodes.length === 0 || opening.occupationCode === 'L') return missingData();
  const occupation = (code: string) => ref.occupationNames.get(code) ?? code;
  let best = 0;
  let bestCode = registrant.desiredOccupationCodes[0];
  for (const code of registrant.desiredOccupationCodes) {
    const v = occupationCloseness(code, opening.occupationCode);
    if (v > best) {
      best = v;
      bestCode = code;
    }
  }
  if (best === 1) return verdict(1, { reasons: [`希望職種に合う（${occupation(opening.occupationCode)}）`] });
  if (best > 0) {
    const because = occupationAffinityReason(bestCode, opening.occupationCode);
    const pair = `${occupation(bestCode)} → ${occupation(opening.occupationCode)}`;
    return verdict(best, { reasons: [`希望職種に近い（${because ? `${pair}：${because}` : pair}）`] });
  }
  return verdict(0, {
    gaps: [
      `希望職種（${registrant.desiredOccupationCodes.map(occupation).join('、')}）と異なる（${occupation(opening.occupationCode)}）`,
    ],
  });
};
