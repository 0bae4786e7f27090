// Scores a registrant against a senior opening, and explains the score the way the matching engine explains an offer
// pair: a score in [0, 1] that is the sum of weight × value over the factors, with reasons (what fits), gaps (what is
// short) and notes (not scored), in Japanese. The offer engine's factor set is about secondments (period, head
// counts, move types); a registrant is one person being hired, so the set here is the one that matters to people
// over 60: working style and hours, physical demands and wage expectations, beside occupation, place and licences.
// The occupation closeness is the engine's own table (OCCUPATION_AFFINITIES), so both explain a near occupation alike.
import type { FactorScorer, MatchReference, OpeningProfile, RegistrantProfile } from './factors/factor';
import { hoursFactor } from './factors/hours.factor';
import { occupationFactor } from './factors/occupation.factor';
import { physicalDemandFactor } from './factors/physical-demand.factor';
import { preferredSkillsFactor } from './factors/preferred-skills.factor';
import { regionFactor } from './factors/region.factor';
import { requiredSkillsFactor } from './factors/required-skills.factor';
import { startFactor } from './factors/start.factor';
import { wageFactor } from './factors/wage.factor';
import { workingStyleFactor } from './factors/working-style.factor';

export {
  NEUTRAL,
  offeredWage,
  type MatchReference,
  type OpeningProfile,
  type RegistrantProfile,
} from './factors/factor';

/** Stored nowhere (no settings): free to extend, but keep the order the explanations list them in. */
export enum TalentFactorKey {
  OCCUPATION = 'OCCUPATION',
  REGION = 'REGION',
  WORKING_STYLE = 'WORKING_STYLE',
  HOURS = 'HOURS',
  PHYSICAL_DEMAND = 'PHYSICAL_DEMAND',
  WAGE = 'WAGE',
  REQUIRED_SKILLS = 'REQUIRED_SKILLS',
  PREFERRED_SKILLS = 'PREFERRED_SKILLS',
  START = 'START',
}

export const TALENT_FACTOR_LABELS: Record<TalentFactorKey, string> = {
  OCCUPATION: '希望職種',
  REGION: '勤務地',
  WORKING_STYLE: '勤務形態',
  HOURS: '勤務日数・時間',
  PHYSICAL_DEMAND: '身体的負担',
  WAGE: '希望賃金',
  REQUIRED_SKILLS: '必須資格・スキル',
  PREFERRED_SKILLS: '歓迎資格・スキル',
  START: '就業可能日',
};

/** Weights sum to 1. Working conditions weigh as much as the job itself for people choosing how to keep working. */
export const TALENT_FACTOR_WEIGHTS: Record<TalentFactorKey, number> = {
  OCCUPATION: 0.18,
  REGION: 0.15,
  WORKING_STYLE: 0.12,
  HOURS: 0.12,
  PHYSICAL_DEMAND: 0.12,
  WAGE: 0.12,
  REQUIRED_SKILLS: 0.12,
  PREFERRED_SKILLS: 0.03,
  START: 0.04,
};

/** How each factor is scored (see ./factors); the explanations list them in TalentFactorKey's order. */
export const TALENT_FACTOR_SCORERS: Record<TalentFactorKey, FactorScorer> = {
  OCCUPATION: occupationFactor,
  REGION: regionFactor,
  WORKING_STYLE: workingStyleFactor,
  HOURS: hoursFactor,
  PHYSICAL_DEMAND: physicalDemandFactor,
  WAGE: wageFactor,
  REQUIRED_SKILLS: requiredSkillsFactor,
  PREFERRED_SKILLS: preferredSkillsFactor,
  START: startFactor,
};

export interface TalentFactorScore {
  factor: TalentFactorKey;
  weight: number;
  value: number;
  contribution: number;
}

export interface TalentMatchExplanation {
  score: number;
  factors: TalentFactorScore[];
  reasons: string[];
  gaps: string[];
  notes: string[];
}

/** Hard rule: a registrant who listed prefectures works only in those. */
export function regionAllowed(registrant: RegistrantProfile, opening: OpeningProfile): boolean {
  return (
    registrant.acceptablePrefectureCodes.length === 0 ||
    registrant.acceptablePrefectureCodes.includes(opening.workplacePrefectureCode)
  );
}

/** The explanation of an allowed pair (see regionAllowed): every factor in order, weighted. */
export function scoreOpening(
  registrant: RegistrantProfile,
  opening: OpeningProfile,
  ref: MatchReference,
): TalentMatchExplanation {
  const reasons: string[] = [];
  const gaps: string[] = [];
  const missing: string[] = [];
  const factors = Object.values(TalentFactorKey).map((factor) => {
    const verdict = TALENT_FACTOR_SCORERS[factor](registrant, opening, ref);
    reasons.push(...verdict.reasons);
    gaps.push(...verdict.gaps);
    if (verdict.missing) missing.push(TALENT_FACTOR_LABELS[factor]);
    const weight = TALENT_FACTOR_WEIGHTS[factor];
    return { factor, weight, value: verdict.value, contribution: weight * verdict.value };
  });
  const notes = missing.length > 0 ? [`データ未登録のため中立（0.5）で評価：${missing.join('、')}`] : [];
  const score = factors.reduce((sum, f) => sum + f.contribution, 0);
  return { score, factors, reasons, gaps, notes };
}
