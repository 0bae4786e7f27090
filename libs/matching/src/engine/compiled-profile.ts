// Profiles compiled once (on upsert, or per query) into the numbers the factors need: small integer codes,
// bitmasks, sorted integer sets, epoch days, NaN for "not stated".
import { MoveTypeWanted, ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';
import {
  MOVE_SECONDMENT,
  MOVE_TRANSFER,
  SHIFT_DAY,
  SHIFT_FLEXIBLE,
  SHIFT_NIGHT,
  SHIFT_NONE,
  SHIFT_ROTATING,
} from './factors';
import type { MatchReference, ProfileSkill, ReceivingProfile, SendingProfile } from './match-profile';
import { occupationIndex } from './occupation-affinity';
import { textGrams } from './text-similarity';

export interface CompiledSending {
  readonly id: string;
  readonly profile: SendingProfile;
  readonly pref: number;
  readonly region: number;
  readonly occ: number;
  /** MOVE_SECONDMENT | MOVE_TRANSFER bits wanted. */
  readonly moveMask: number;
  readonly skills: Int32Array;
  /** False when no skill is recorded: coverage is then unknown (neutral), not zero. */
  readonly skillsKnown: boolean;
  readonly grams: Uint32Array;
  readonly people: number;
  readonly wage: number;
  readonly period: number;
  readonly experience: number;
  readonly earliest: number;
  /** Acceptable workplace prefecture indexes; empty: anywhere. */
  readonly accept: Int32Array;
  readonly wanted: number;
  readonly wantedCount: number;
  /** Position in its bucket (index bookkeeping). */
  pos: number;
}

export interface CompiledReceiving {
  readonly id: string;
  readonly profile: ReceivingProfile;
  readonly pref: number;
  readonly region: number;
  readonly occ: number;
  /** MOVE_SECONDMENT | MOVE_TRANSFER bits accepted. */
  readonly acceptMask: number;
  readonly required: Int32Array;
  readonly preferred: Int32Array;
  readonly grams: Uint32Array;
  readonly people: number;
  readonly wage: number;
  readonly period: number;
  readonly minExperience: number;
  readonly startBy: number;
  readonly offered: number;
  readonly shift: number;
  pos: number;
}

const CONDITION_BITS: ReadonlyMap<string, number> = new Map(
  Object.values(WorkplaceCondition).map((c, i) => [c, 1 << i] as const),
);

export const NO_NIGHT_SHIFT_BIT = CONDITION_BITS.get(WorkplaceCondition.NO_NIGHT_SHIFT) ?? 0;

export function conditionMask(conditions: readonly string[]): number {
  let mask = 0;
  for (const c of conditions) mask |= CONDITION_BITS.get(c) ?? 0;
  return mask;
}

export function bitCount(mask: number): number {
  let n = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) n++;
  return n;
}

const SHIFT_CODES: ReadonlyMap<string, number> = new Map([
  [ShiftPattern.DAY, SHIFT_DAY],
  [ShiftPattern.NIGHT, SHIFT_NIGHT],
  [ShiftPattern.ROTATING, SHIFT_ROTATING],
  [ShiftPattern.FLEXIBLE, SHIFT_FLEXIBLE],
]);

export function moveMaskWanted(moveType: string): number {
  if (moveType === MoveTypeWanted.SECONDMENT) return MOVE_SECONDMENT;
  if (moveType === MoveTypeWanted.TRANSFER) return MOVE_TRANSFER;
  if (moveType === MoveTypeWanted.EITHER) return MOVE_SECONDMENT | MOVE_TRANSFER;
  return 0;
}

/** YYYY-MM-DD to days since 1970-01-01 (UTC); NaN when absent or malformed. */
export function epochDay(date: string | null | undefined): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : NaN;
}

/** Shared by every empty set: most offers list no skills or prefectures, and each typed array costs ~100 B. */
const EMPTY = new Int32Array(0);

function num(x: number | null | undefined): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : NaN;
}

/**
 * Codes for prefectures, regions and skill keys, shared by both sides of one engine. Codes only need to be equal
 * for equal strings: no score depends on their values, so the order they were met in does not matter.
 */
export class EngineDictionary {
  private readonly prefs = new Map<string, number>();
  private readonly prefRegion: number[] = [];
  private readonly regions = new Map<string, number>();
  private readonly skills = new Map<string, number>();

  constructor(readonly reference: MatchReference) {
    for (const code of [...reference.prefectureNames.keys(), ...reference.prefectureRegions.keys()].sort()) {
      this.prefIndex(code);
    }
  }

  /** Skill ids are 0..skillCount-1. */
  get skillCount(): number {
    return this.skills.size;
  }

  get prefCount(): number {
    return this.prefRegion.length;
  }

  /** Index of a prefecture code (registered on first sight); -1 for an empty code. */
  prefIndex(code: string | null | undefined): number {
    if (!code) return -1;
    let i = this.prefs.get(code);
    if (i === undefined) {
      i = this.prefRegion.length;
      this.prefs.set(code, i);
      const region = this.reference.prefectureRegions.get(code);
      this.prefRegion.push(region === undefined ? -1 : this.regionIndex(region, true));
    }
    return i;
  }

  /** Index of a known prefecture code, without registering it; -1 if unknown. */
  knownPrefIndex(code: string): number {
    return this.prefs.get(code) ?? -1;
  }

  regionOf(pref: number): number {
    return pref >= 0 ? this.prefRegion[pref] : -1;
  }

  regionIndex(name: string, register = false): number {
    let i = this.regions.get(name);
    if (i === undefined) {
      if (!register) return -1;
      i = this.regions.size;
      this.regions.set(name, i);
    }
    return i;
  }

  private skillSet(list: readonly ProfileSkill[]): Int32Array {
    if (list.length === 0) return EMPTY;
    const ids: number[] = [];
    for (const s of list) {
      if (!s.key) continue;
      let id = this.skills.get(s.key);
      if (id === undefined) {
        id = this.skills.size;
        this.skills.set(s.key, id);
      }
      ids.push(id);
    }
    const sorted = Int32Array.from(ids).sort();
    return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
  }

  // The `?? []` / `?? ''` guard rows loaded with NULLs the types do not admit: missing data is neutral, never
  // an error.
  compileSending(p: SendingProfile): CompiledSending {
    const pref = this.prefIndex(p.homePrefectureCode);
    const skills = this.skillSet(p.skills ?? []);
    const codes = p.acceptablePrefectureCodes ?? [];
    const accept =
      codes.length === 0
        ? EMPTY
        : Int32Array.from(new Set(codes.map((c) => this.prefIndex(c)).filter((i) => i >= 0))).sort();
    const wanted = conditionMask(p.conditions ?? []);
    return {
      id: p.id,
      profile: p,
      pref,
      region: this.regionOf(pref),
      occ: occupationIndex(p.occupationCode ?? ''),
      moveMask: moveMaskWanted(p.moveType),
      skills,
      skillsKnown: skills.length > 0,
      grams: textGrams(p.text ?? ''),
      people: num(p.people),
      wage: num(p.monthlyWage),
      period: num(p.desiredPeriodMonths),
      experience: num(p.experienceYears),
      earliest: epochDay(p.earliestStartOn),
      accept,
      wanted,
      wantedCount: bitCount(wanted),
      pos: -1,
    };
  }

  compileReceiving(p: ReceivingProfile): CompiledReceiving {
    const pref = this.prefIndex(p.workplacePrefectureCode);
    return {
      id: p.id,
      profile: p,
      pref,
      region: this.regionOf(pref),
      occ: occupationIndex(p.occupationCode ?? ''),
      acceptMask: (p.acceptsSecondment ? MOVE_SECONDMENT : 0) | (p.acceptsTransfer ? MOVE_TRANSFER : 0),
      required: this.skillSet(p.requiredSkills ?? []),
      preferred: this.skillSet(p.preferredSkills ?? []),
      grams: textGrams(p.text ?? ''),
      people: num(p.people),
      wage: num(p.monthlyWage),
      period: num(p.periodMonths),
      minExperience: num(p.minExperienceYears),
      startBy: epochDay(p.startBy),
      offered: conditionMask(p.conditions ?? []),
      shift: p.shiftPattern ? (SHIFT_CODES.get(p.shiftPattern) ?? SHIFT_NONE) : SHIFT_NONE,
      pos: -1,
    };
  }
}
