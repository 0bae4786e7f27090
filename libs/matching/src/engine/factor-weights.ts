/** The factors the engine scores, in the order explanations list them. Stored in settings JSON: never rename. */
export enum FactorKey {
  MOVE_TYPE = 'MOVE_TYPE',
  REQUIRED_SKILLS = 'REQUIRED_SKILLS',
  PREFERRED_SKILLS = 'PREFERRED_SKILLS',
  OCCUPATION = 'OCCUPATION',
  TEXT = 'TEXT',
  REGION = 'REGION',
  PERIOD = 'PERIOD',
  WAGE = 'WAGE',
  PEOPLE = 'PEOPLE',
  START = 'START',
  CONDITIONS = 'CONDITIONS',
  EXPERIENCE = 'EXPERIENCE',
}

export const FACTOR_KEYS: readonly FactorKey[] = Object.values(FactorKey);

export const FACTOR_LABELS: Record<FactorKey, string> = {
  MOVE_TYPE: '出向・移籍の形態',
  REQUIRED_SKILLS: '必須資格・スキル',
  PREFERRED_SKILLS: '歓迎資格・スキル',
  OCCUPATION: '職種の近さ',
  TEXT: '職務内容の類似度',
  REGION: '勤務地',
  PERIOD: '期間',
  WAGE: '賃金',
  PEOPLE: '人数',
  START: '開始時期',
  CONDITIONS: '職場環境・条件',
  EXPERIENCE: '経験年数',
};

/** Relative weights (any non-negative numbers; the engine divides by their sum, so a score stays in [0, 1]). */
export type FactorWeights = Record<FactorKey, number>;

export const DEFAULT_FACTOR_WEIGHTS: FactorWeights = {
  MOVE_TYPE: 0.05,
  REQUIRED_SKILLS: 0.2,
  PREFERRED_SKILLS: 0.06,
  OCCUPATION: 0.12,
  TEXT: 0.12,
  REGION: 0.12,
  PERIOD: 0.08,
  WAGE: 0.07,
  PEOPLE: 0.05,
  START: 0.04,
  CONDITIONS: 0.05,
  EXPERIENCE: 0.04,
};

export interface MatchingSettings {
  weights: FactorWeights;
  /** A counterpart missing a required licence or skill is excluded (true) or only penalised and shown as a gap. */
  excludeMissingRequired: boolean;
}

export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = {
  weights: DEFAULT_FACTOR_WEIGHTS,
  excludeMissingRequired: false,
};
