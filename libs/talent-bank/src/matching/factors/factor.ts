// What every factor of the talent bank matching reads and returns, and the wording they share.
import type { OfferSkill } from '@kakehashi/offers';
import type { PhysicalDemand, WorkingStyle, WorkingStyleWanted } from '../../talent-bank-enums';

/** The value of a factor whose data is not registered. */
export const NEUTRAL = 0.5;

export interface RegistrantProfile {
  id: string;
  prefectureCode: string;
  desiredOccupationCodes: readonly string[];
  workingStyle: WorkingStyleWanted | null;
  daysPerWeek: number | null;
  hoursPerDay: number | null;
  monthlyWage: number | null;
  acceptablePrefectureCodes: readonly string[];
  earliestStartOn: string | null;
  maxPhysicalDemand: PhysicalDemand | null;
  /** Qualification and skill keys, with those they imply. */
  skillKeys: readonly string[];
}

export interface OpeningProfile {
  receivingOfferId: string;
  occupationCode: string;
  workplacePrefectureCode: string;
  workingStyle: WorkingStyle;
  daysPerWeek: number | null;
  hoursPerDay: number | null;
  physicalDemand: PhysicalDemand;
  wageMin: number | null;
  wageMax: number | null;
  /** The receiving offer's own monthly wage, used when the opening states no range. */
  offerMonthlyWage: number | null;
  requiredSkills: readonly OfferSkill[];
  preferredSkills: readonly OfferSkill[];
  startBy: string | null;
}

export interface MatchReference {
  prefectureNames: ReadonlyMap<string, string>;
  prefectureRegions: ReadonlyMap<string, string>;
  occupationNames: ReadonlyMap<string, string>;
}

/** What one factor says of a pair: its value in [0, 1], what fits, what is short, and whether its data is missing. */
export interface FactorVerdict {
  value: number;
  reasons: string[];
  gaps: string[];
  /** The data is not registered: scored neutral, and named in the notes. */
  missing: boolean;
}

export type FactorScorer = (
  registrant: RegistrantProfile,
  opening: OpeningProfile,
  ref: MatchReference,
) => FactorVerdict;

export function verdict(value: number, said: { reasons?: string[]; gaps?: string[] } = {}): FactorVerdict {
  return { value, reasons: said.reasons ?? [], gaps: said.gaps ?? [], missing: false };
}

/** The verdict of a factor whose data is not registered. */
export function missingData(): FactorVerdict {
  return { value: NEUTRAL, reasons: [], gaps: [], missing: true };
}

export function yen(amount: number): string {
  return `月額${Math.round(amount / 1000) / 10}万円`;
}

export function hours(value: number): string {
  return `${value}時間`;
}

/** What the opening pays, for comparing with a wish: the top of its range, or the offer's wage. */
export function offeredWage(opening: OpeningProfile): number | null {
  return opening.wageMax ?? opening.wageMin ?? opening.offerMonthlyWage;
}

export function wageText(opening: OpeningProfile): string {
  if (opening.wageMin !== null && opening.wageMax !== null && opening.wageMin !== opening.wageMax)
    return `${yen(opening.wageMin)}〜${yen(opening.wageMax).replace('月額', '')}`;
  return yen(offeredWage(opening) ?? 0);
}
