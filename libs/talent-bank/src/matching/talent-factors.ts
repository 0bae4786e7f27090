// Scores a registrant against a senior opening, and explains the score the way the matching engine explains an offer
// pair: a score in [0, 1] that is the sum of weight × value over the factors, with reasons (what fits), gaps (what is
// short) and notes (not scored), in Japanese. The offer engine's factor set is about secondments (period, head
// counts, move types); a registrant is one person being hired, so the set here is the one that matters to people
// over 60: working style and hours, physical demands and wage expectations, beside occupation, place and licences.
// The occupation closeness is the engine's own table (OCCUPATION_AFFINITIES), so both explain a near occupation alike.
import { daysBetween, japaneseDate } from '@kakehashi/calendar';
import { OCCUPATION_AFFINITIES, occupationAffinityReason } from '@kakehashi/matching';
import type { OfferSkill } from '@kakehashi/offers';
import {
  PHYSICAL_DEMAND_LABELS,
  PHYSICAL_DEMAND_ORDER,
  PhysicalDemand,
  WORKING_STYLE_LABELS,
  WorkingStyle,
  WorkingStyleWanted,
} from '../talent-bank-enums';

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

function occupationCloseness(a: string, b: string): number {
  if (a === 'L' || b === 'L') return NEUTRAL;
  if (a === b) return 1;
  return OCCUPATION_AFFINITIES.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.value ?? 0;
}

/** Loss of value per unit of wage shortfall: as the offer engine scores a transfer (a hiring), 0 at 60% of the wish. */
const WAGE_SLOPE = 2.5;
const START_GRACE_DAYS = 90;

function yen(amount: number): string {
  return `月額${Math.round(amount / 1000) / 10}万円`;
}

function hours(value: number): string {
  return `${value}時間`;
}

/** What the opening pays, for comparing with a wish: the top of its range, or the offer's wage. */
export function offeredWage(opening: OpeningProfile): number | null {
  return opening.wageMax ?? opening.wageMin ?? opening.offerMonthlyWage;
}

function wageText(opening: OpeningProfile): string {
  if (opening.wageMin !== null && opening.wageMax !== null && opening.wageMin !== opening.wageMax)
    return `${yen(opening.wageMin)}〜${yen(opening.wageMax).replace('月額', '')}`;
  return yen(offeredWage(opening) ?? 0);
}

/** Within the wish (or fewer) is 1; more than wished loses value in proportion, 0 at twice the wish. */
function notMoreThan(wished: number, offered: number): number {
  if (offered <= wished) return 1;
  return Math.max(0, 1 - (offered - wished) / wished);
}

/** The explanation of an allowed pair (see regionAllowed). `today` dates the start factor when no start is given. */
export function scoreOpening(
  registrant: RegistrantProfile,
  opening: OpeningProfile,
  ref: MatchReference,
): TalentMatchExplanation {
  const reasons: string[] = [];
  const gaps: string[] = [];
  const notes: string[] = [];
  const missing: string[] = [];
  const values = new Map<TalentFactorKey, number>();
  const pref = (code: string) => ref.prefectureNames.get(code) ?? code;
  const occupation = (code: string) => ref.occupationNames.get(code) ?? code;

  // Occupation: the best of the wished groups.
  if (registrant.desiredOccupationCodes.length === 0 || opening.occupationCode === 'L') {
    values.set(TalentFactorKey.OCCUPATION, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.OCCUPATION);
  } else {
    let best = 0;
    let bestCode = registrant.desiredOccupationCodes[0];
    for (const code of registrant.desiredOccupationCodes) {
      const v = occupationCloseness(code, opening.occupationCode);
      if (v > best) {
        best = v;
        bestCode = code;
      }
    }
    values.set(TalentFactorKey.OCCUPATION, best);
    if (best === 1) reasons.push(`希望職種に合う（${occupation(opening.occupationCode)}）`);
    else if (best > 0) {
      const because = occupationAffinityReason(bestCode, opening.occupationCode);
      const pair = `${occupation(bestCode)} → ${occupation(opening.occupationCode)}`;
      reasons.push(`希望職種に近い（${because ? `${pair}：${because}` : pair}）`);
    } else {
      gaps.push(
        `希望職種（${registrant.desiredOccupationCodes.map(occupation).join('、')}）と異なる（${occupation(opening.occupationCode)}）`,
      );
    }
  }

  // Region.
  const home = registrant.prefectureCode;
  const workplace = opening.workplacePrefectureCode;
  if (home === workplace) {
    values.set(TalentFactorKey.REGION, 1);
    reasons.push(`勤務地が居住地と同じ都道府県（${pref(workplace)}）`);
  } else if (registrant.acceptablePrefectureCodes.includes(workplace)) {
    values.set(TalentFactorKey.REGION, 0.9);
    reasons.push(`勤務地（${pref(workplace)}）が勤務可能な地域に含まれる`);
  } else {
    const homeRegion = ref.prefectureRegions.get(home);
    const workRegion = ref.prefectureRegions.get(workplace);
    if (homeRegion && homeRegion === workRegion) {
      values.set(TalentFactorKey.REGION, 0.6);
      reasons.push(`勤務地が同一地域（${homeRegion}：${pref(home)} → ${pref(workplace)}）`);
    } else {
      values.set(TalentFactorKey.REGION, 0.2);
      gaps.push(`勤務地が遠方（${pref(home)} → ${pref(workplace)}）`);
    }
  }

  // Working style.
  const offeredStyle = WORKING_STYLE_LABELS[opening.workingStyle];
  if (registrant.workingStyle === null) {
    values.set(TalentFactorKey.WORKING_STYLE, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.WORKING_STYLE);
  } else if (
    registrant.workingStyle === WorkingStyleWanted.EITHER ||
    (registrant.workingStyle as string) === (opening.workingStyle as string)
  ) {
    values.set(TalentFactorKey.WORKING_STYLE, 1);
    reasons.push(`勤務形態が希望に合う（${offeredStyle}）`);
  } else {
    values.set(TalentFactorKey.WORKING_STYLE, 0);
    gaps.push(`希望は${WORKING_STYLE_LABELS[registrant.workingStyle]}、求人は${offeredStyle}`);
  }

  // Days a week and hours a day: at most what the registrant wishes.
  const hourParts: number[] = [];
  if (registrant.daysPerWeek !== null && opening.daysPerWeek !== null) {
    hourParts.push(notMoreThan(registrant.daysPerWeek, opening.daysPerWeek));
    if (opening.daysPerWeek <= registrant.daysPerWeek)
      reasons.push(
        `勤務日数が希望の範囲内（週${opening.daysPerWeek}日、希望は週${registrant.daysPerWeek}日まで）`,
      );
    else
      gaps.push(
        `勤務日数が希望より多い（週${opening.daysPerWeek}日、希望は週${registrant.daysPerWeek}日まで）`,
      );
  }
  if (registrant.hoursPerDay !== null && opening.hoursPerDay !== null) {
    hourParts.push(notMoreThan(registrant.hoursPerDay, opening.hoursPerDay));
    if (opening.hoursPerDay <= registrant.hoursPerDay)
      reasons.push(
        `1日の勤務時間が希望の範囲内（${hours(opening.hoursPerDay)}、希望は${hours(registrant.hoursPerDay)}まで）`,
      );
    else
      gaps.push(
        `1日の勤務時間が希望より長い（${hours(opening.hoursPerDay)}、希望は${hours(registrant.hoursPerDay)}まで）`,
      );
  }
  if (hourParts.length === 0) {
    values.set(TalentFactorKey.HOURS, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.HOURS);
  } else {
    values.set(TalentFactorKey.HOURS, hourParts.reduce((a, b) => a + b, 0) / hourParts.length);
  }

  // Physical demands: up to what the registrant can take.
  const demand = PHYSICAL_DEMAND_LABELS[opening.physicalDemand];
  if (registrant.maxPhysicalDemand === null) {
    values.set(TalentFactorKey.PHYSICAL_DEMAND, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.PHYSICAL_DEMAND);
  } else {
    const over =
      PHYSICAL_DEMAND_ORDER[opening.physicalDemand] - PHYSICAL_DEMAND_ORDER[registrant.maxPhysicalDemand];
    values.set(TalentFactorKey.PHYSICAL_DEMAND, over <= 0 ? 1 : over === 1 ? 0.3 : 0);
    if (over <= 0) reasons.push(`身体的負担が対応できる範囲内（${demand}）`);
    else
      gaps.push(
        `身体的負担が対応できる程度を超える（求人は${demand}、対応できるのは${PHYSICAL_DEMAND_LABELS[registrant.maxPhysicalDemand]}まで）`,
      );
  }

  // Wage.
  const offered = offeredWage(opening);
  if (registrant.monthlyWage === null || offered === null) {
    values.set(TalentFactorKey.WAGE, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.WAGE);
  } else if (registrant.monthlyWage === 0 || offered >= registrant.monthlyWage) {
    values.set(TalentFactorKey.WAGE, 1);
    reasons.push(`賃金（${wageText(opening)}）が希望（${yen(registrant.monthlyWage)}）以上`);
  } else {
    const v = Math.max(0, 1 - WAGE_SLOPE * (1 - offered / registrant.monthlyWage));
    values.set(TalentFactorKey.WAGE, v);
    gaps.push(
      `賃金（${wageText(opening)}）が希望（${yen(registrant.monthlyWage)}）${v >= 0.75 ? 'をやや下回る' : 'を下回る'}`,
    );
  }

  // Licences and skills.
  const held = new Set(registrant.skillKeys);
  const skillsKnown = held.size > 0;
  const noun = (s: OfferSkill) => `「${s.label}」`;
  if (opening.requiredSkills.length === 0) {
    values.set(TalentFactorKey.REQUIRED_SKILLS, 1);
  } else if (!skillsKnown) {
    values.set(TalentFactorKey.REQUIRED_SKILLS, NEUTRAL);
    gaps.push(
      `必須資格・スキル${opening.requiredSkills.map(noun).join('')}の保有が未確認（資格・スキル未登録）`,
    );
  } else {
    const covered = opening.requiredSkills.filter((s) => held.has(s.key));
    values.set(TalentFactorKey.REQUIRED_SKILLS, covered.length / opening.requiredSkills.length);
    for (const s of opening.requiredSkills) {
      if (held.has(s.key)) reasons.push(`必須資格・スキル${noun(s)}を保有`);
      else gaps.push(`必須資格・スキル${noun(s)}が未保有`);
    }
  }
  if (opening.preferredSkills.length === 0 || !skillsKnown) {
    values.set(TalentFactorKey.PREFERRED_SKILLS, NEUTRAL);
  } else {
    const covered = opening.preferredSkills.filter((s) => held.has(s.key));
    values.set(
      TalentFactorKey.PREFERRED_SKILLS,
      NEUTRAL + NEUTRAL * (covered.length / opening.preferredSkills.length),
    );
    for (const s of covered) reasons.push(`歓迎資格・スキル${noun(s)}を保有`);
  }

  // Start.
  if (registrant.earliestStartOn === null || opening.startBy === null) {
    values.set(TalentFactorKey.START, NEUTRAL);
    missing.push(TALENT_FACTOR_LABELS.START);
  } else if (registrant.earliestStartOn <= opening.startBy) {
    values.set(TalentFactorKey.START, 1);
    reasons.push(
      `就業可能日（${japaneseDate(registrant.earliestStartOn)}）が求人の開始時期（${japaneseDate(opening.startBy)}）に間に合う`,
    );
  } else {
    const late = daysBetween(opening.startBy, registrant.earliestStartOn);
    values.set(TalentFactorKey.START, Math.max(0, 1 - late / START_GRACE_DAYS));
    gaps.push(`就業可能日が求人の開始時期より${late}日遅い`);
  }

  if (missing.length > 0) notes.push(`データ未登録のため中立（0.5）で評価：${missing.join('、')}`);

  const factors = Object.values(TalentFactorKey).map((factor) => {
    const weight = TALENT_FACTOR_WEIGHTS[factor];
    const value = values.get(factor) ?? NEUTRAL;
    return { factor, weight, value, contribution: weight * value };
  });
  const score = factors.reduce((sum, f) => sum + f.contribution, 0);
  return { score, factors, reasons, gaps, notes };
}
