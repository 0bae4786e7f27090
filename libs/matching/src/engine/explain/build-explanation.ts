// Turns one pair's factor values into what a consultant reads: reasons (what fits), gaps (what is missing or
// short) and notes (information that is not scored), in Japanese. The values come from pair-scorer, so the
// explanation always describes exactly the score the ranking used.
import type { CompiledReceiving, CompiledSending } from '../compiled-profile';
import { FACTOR_KEYS, FactorKey } from '../factor-weights';
import type { MatchExplanation } from '../match-explanation';
import type { MatchReference } from '../match-profile';
import { explainConditions } from './conditions.explainer';
import { listJa } from './explain-text';
import { explainedPair, type FactorExplainer } from './explained-pair';
import { explainExperience } from './experience.explainer';
import { explainIndustry } from './industry.explainer';
import { explainMoveType } from './move-type.explainer';
import { explainOccupation } from './occupation.explainer';
import { explainPeople } from './people.explainer';
import { explainPeriod } from './period.explainer';
import { explainPreferredSkills } from './preferred-skills.explainer';
import { explainRegion } from './region.explainer';
import { explainRequiredSkills } from './required-skills.explainer';
import { explainStart } from './start.explainer';
import { explainText } from './text.explainer';
import { explainWage } from './wage.explainer';

/** One explainer per factor (a Record, so a new factor cannot go unexplained); lines follow FACTOR_KEYS order. */
export const FACTOR_EXPLAINERS: Readonly<Record<FactorKey, FactorExplainer>> = {
  [FactorKey.MOVE_TYPE]: explainMoveType,
  [FactorKey.REQUIRED_SKILLS]: explainRequiredSkills,
  [FactorKey.PREFERRED_SKILLS]: explainPreferredSkills,
  [FactorKey.OCCUPATION]: explainOccupation,
  [FactorKey.TEXT]: explainText,
  [FactorKey.REGION]: explainRegion,
  [FactorKey.PERIOD]: explainPeriod,
  [FactorKey.WAGE]: explainWage,
  [FactorKey.PEOPLE]: explainPeople,
  [FactorKey.START]: explainStart,
  [FactorKey.CONDITIONS]: explainConditions,
  [FactorKey.EXPERIENCE]: explainExperience,
};

/**
 * The explanation of an eligible pair. `v` holds the factor values in FACTOR_KEYS order and `score` the score
 * `combine` made of them.
 */
export function buildExplanation(
  ref: MatchReference,
  cs: CompiledSending,
  cr: CompiledReceiving,
  nw: Float64Array,
  v: Float64Array,
  score: number,
): MatchExplanation {
  const pair = explainedPair(ref, cs, cr, v);
  const reasons: string[] = [];
  const gaps: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  // The industry note follows the factors' lines; the factors without data close the notes.
  for (const lines of [...FACTOR_KEYS.map((f) => FACTOR_EXPLAINERS[f](pair)), explainIndustry(pair)]) {
    reasons.push(...(lines.reasons ?? []));
    gaps.push(...(lines.gaps ?? []));
    notes.push(...(lines.notes ?? []));
    missing.push(...(lines.missing ?? []));
  }
  if (missing.length > 0) notes.push(`データ未登録のため中立（0.5）で評価：${listJa(missing)}`);

  return {
    score,
    factors: FACTOR_KEYS.map((factor: FactorKey, i) => ({
      factor,
      weight: nw[i],
      value: v[i],
      contribution: nw[i] * v[i],
    })),
    reasons,
    gaps,
    notes,
  };
}
