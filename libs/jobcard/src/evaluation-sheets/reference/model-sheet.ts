import type { DutyType } from '../evaluation-sheet';

/** The Japanese names of the duty types (S001:506, 692). */
export const DUTY_TYPE_NAMES: Readonly<Record<DutyType, string>> = {
  OFFICE_SERVICE: '事務・サービス系',
  SKILLED: '技能系',
  TECHNICAL: '技術系',
};

/** The seven units of section II, in the seed's order (spec §4.2). */
export const BASIC_ABILITY_UNIT_CODES = [
  'WORK_ATTITUDE',
  'RESPONSIBILITY',
  'BUSINESS_MANNERS',
  'COMMUNICATION',
  'TEAMWORK',
  'CHALLENGE',
  'THINKING',
] as const;
export type BasicAbilityUnitCode = (typeof BASIC_ABILITY_UNIT_CODES)[number];

/** A section II unit: the same on every sheet, used unchanged (S001:504, 686). */
export interface BasicAbilityUnit {
  readonly code: BasicAbilityUnitCode;
  readonly name: string;
  /** The definition printed in brackets after the name. */
  readonly definition: string;
  readonly criteria: readonly string[];
}

export interface ModelSheetUnit {
  readonly name: string;
  readonly criteria: readonly string[];
  /**
   * A unit a duty may leave out: the (サービス) units of 事務・サービス系 are added only "必要に応じて" (S001:696). The
   * seed prints no such unit; headquarters marks them when it loads that model.
   */
  readonly optional?: boolean;
}

/** One section (III(1) or III(2)) of a model evaluation sheet, as reference data. */
export interface ModelSheetSection {
  /** The model sheet's コード番号, copied unchanged into the code column (S001:743). */
  readonly code: string;
  /** The model sheet it comes from, e.g. モデル評価シート『プレス加工』. */
  readonly title: string;
  /** For III(1): the duty type whose common items these are. */
  readonly dutyType?: DutyType;
  /** 評価基準の出所 (S001:582). */
  readonly sourceName: string;
  readonly units: readonly ModelSheetUnit[];
  /** Where the seed prints it (S001:558–580). */
  readonly seed: string;
}

/**
 * What the rules compare a sheet with. Seeded from the guide; headquarters may load the other model sheets (spec §4.3
 * [proposal]) and pass a larger reference.
 */
export interface EvaluationSheetReference {
  readonly section2: readonly BasicAbilityUnit[];
  /** III(1) models by duty type; the seed prints only 技能系. */
  readonly basicModels: Readonly<Partial<Record<DutyType, ModelSheetSection>>>;
  /** III(2) models, used to check that a cited model criterion keeps its code. */
  readonly specialModels: readonly ModelSheetSection[];
}
