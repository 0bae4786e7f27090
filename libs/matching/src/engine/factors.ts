// The value (0..1) of each factor for one pair, from compiled numbers only. These are THE functions: the fast
// path, the exhaustive baseline, the bucket bounds and `explain` all call them, so a score is the same bits
// whichever way it was reached. Missing data (NaN, empty) gives the neutral 0.5, never an error.

export const NEUTRAL = 0.5;

/** Move-type bits: what a sender wants, what a receiver accepts; their AND is what the pair can be. */
export const MOVE_SECONDMENT = 1;
export const MOVE_TRANSFER = 2;

/** Shift pattern codes (0: not stated). */
export const SHIFT_NONE = 0;
export const SHIFT_DAY = 1;
export const SHIFT_NIGHT = 2;
export const SHIFT_ROTATING = 3;
export const SHIFT_FLEXIBLE = 4;

/** |a ∩ b| of two sorted sets of skill ids (Int32Array only, see gramIntersection). */
export function skillIntersection(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  const na = a.length;
  const nb = b.length;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return n;
}

/**
 * Share of the required licences and skills the sender holds (`covered` of `required`); 1 when nothing is
 * required, neutral when the sender recorded no skills at all.
 */
export function requiredValue(covered: number, required: number, skillsKnown: boolean): number {
  if (required === 0) return 1;
  if (!skillsKnown) return NEUTRAL;
  return covered / required;
}

/** Preferred skills only add: 0.5 with none held (or none asked, or none recorded), up to 1 with all held. */
export function preferredValue(covered: number, preferred: number, skillsKnown: boolean): number {
  if (preferred === 0 || !skillsKnown) return NEUTRAL;
  return NEUTRAL + NEUTRAL * (covered / preferred);
}

export const REGION_SAME_PREFECTURE = 1;
export const REGION_LISTED = 0.9;
export const REGION_SAME_REGION = 0.6;
export const REGION_ELSEWHERE = 0.2;

/** Hard rule: a sender that listed prefectures accepts only those. */
export function regionAllowed(accept: Int32Array, workplacePref: number): boolean {
  return accept.length === 0 || accept.includes(workplacePref);
}

/**
 * Same prefecture > a prefecture the sender listed > same region > elsewhere. Only for allowed pairs (with a
 * non-empty list, every allowed workplace is listed). Unknown prefectures or regions are neutral.
 */
export function regionValue(
  homePref: number,
  homeRegion: number,
  acceptCount: number,
  workplacePref: number,
  workplaceRegion: number,
): number {
  if (homePref >= 0 && homePref === workplacePref) return REGION_SAME_PREFECTURE;
  if (acceptCount > 0) return REGION_LISTED;
  if (homePref < 0 || workplacePref < 0 || homeRegion < 0 || workplaceRegion < 0) return NEUTRAL;
  return homeRegion === workplaceRegion ? REGION_SAME_REGION : REGION_ELSEWHERE;
}

/** Secondment only (a transfer has no period): the shorter over the longer of desired and offered months. */
export function periodValue(canSecondment: boolean, desired: number, offered: number): number {
  if (!canSecondment || !(desired > 0) || !(offered > 0)) return NEUTRAL;
  return desired <= offered ? desired / offered : offered / desired;
}

/** Loss of value per unit of wage shortfall: on secondment the sender tops up by agreement, on transfer not. */
export const WAGE_SLOPE_SECONDMENT = 1.25;
export const WAGE_SLOPE_TRANSFER = 2.5;

/**
 * Offered wage against the current one: 1 at or above it; below it, falling linearly with the shortfall (0 at
 * 20% of it for a secondment, at 60% for a transfer). A pair that can be either is scored as a secondment.
 */
export function wageValue(canSecondment: boolean, current: number, offered: number): number {
  if (!(current > 0) || !(offered >= 0)) return NEUTRAL;
  const ratio = offered / current;
  if (ratio >= 1) return 1;
  const v = 1 - (canSecondment ? WAGE_SLOPE_SECONDMENT : WAGE_SLOPE_TRANSFER) * (1 - ratio);
  return v > 0 ? v : 0;
}

/** Mean of the share of the receiver's places filled and the share of the sender's people placed. */
export function peopleValue(sending: number, receiving: number): number {
  if (!(sending > 0) || !(receiving > 0)) return NEUTRAL;
  const placed = sending < receiving ? sending : receiving;
  return (placed / receiving + placed / sending) / 2;
}

export const START_GRACE_DAYS = 90;

/** 1 when the sender can start by the receiver's date; then 0 after START_GRACE_DAYS late. Epoch days. */
export function startValue(earliest: number, startBy: number): number {
  if (!Number.isFinite(earliest) || !Number.isFinite(startBy)) return NEUTRAL;
  if (earliest <= startBy) return 1;
  const v = 1 - (earliest - startBy) / START_GRACE_DAYS;
  return v > 0 ? v : 0;
}

/** Credit for one wish (0, 0.5 or 1); NO_NIGHT_SHIFT is met by a day-only workplace and broken by night work. */
export function wishCredit(wishBit: number, noNightBit: number, offered: number, shift: number): number {
  if ((offered & wishBit) !== 0) return 1;
  if (wishBit !== noNightBit) return 0;
  if (shift === SHIFT_DAY) return 1;
  if (shift === SHIFT_NIGHT || shift === SHIFT_ROTATING) return 0;
  return NEUTRAL;
}

/** Share of the sender's wished conditions the receiver offers; 1 with no wishes, neutral if it stated none. */
export function conditionsValue(
  wanted: number,
  wantedCount: number,
  offered: number,
  shift: number,
  noNightBit: number,
): number {
  if (wantedCount === 0) return 1;
  if (offered === 0 && shift === SHIFT_NONE) return NEUTRAL;
  let credit = 0;
  for (let rest = wanted; rest !== 0; rest &= rest - 1) {
    credit += wishCredit(rest & -rest, noNightBit, offered, shift);
  }
  return credit / wantedCount;
}

/** Years against the minimum: 1 when met (or no minimum), else the share of it. */
export function experienceValue(years: number, minimum: number): number {
  if (!(years >= 0) || !(minimum >= 0)) return NEUTRAL;
  if (years >= minimum) return 1;
  return years / minimum;
}
