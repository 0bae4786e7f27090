import type { FactorKey } from './factor-weights';

export interface FactorScore {
  factor: FactorKey;
  /** Normalised weight (weights sum to 1). */
  weight: number;
  /** How well the pair does on this factor, 0..1. */
  value: number;
  /** weight × value; the contributions sum to the score. */
  contribution: number;
}

/** Why a pair scores what it does, in Japanese for consultants; stored with a decision as it was seen. */
export interface MatchExplanation {
  score: number;
  factors: FactorScore[];
  /** What fits: 必須資格「大型特殊自動車免許」を保有, 勤務地が同一県. */
  reasons: string[];
  /** What is missing or short: 希望期間12か月に対し受入期間6か月. */
  gaps: string[];
  /** Information that is not scored: 異業種間のマッチ（製造業 → 医療，福祉）. */
  notes: string[];
}
