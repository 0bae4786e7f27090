// MatchFilters and excludeIds compiled against an engine's codes, checked per bucket (prefecture, region,
// occupation, move type) or per pair (score, id).
import { MoveType } from '@kakehashi/offers';
import type { EngineDictionary } from './compiled-profile';
import { MOVE_SECONDMENT, MOVE_TRANSFER } from './factors';
import type { TopOptions } from './match-index.contract';
import { occupationIndex } from './occupation-affinity';

export interface CompiledFilters {
  /** By prefecture index: 1 allowed; null: any (including an unknown prefecture). */
  readonly prefs: Uint8Array | null;
  /** By occupation index: 1 allowed; null: any. */
  readonly occs: Uint8Array | null;
  /** Move-type bits the pair must be able to be. */
  readonly moveMask: number;
  readonly minScore: number;
  readonly excludeIds: ReadonlySet<string> | null;
}

/** Compile after the query profile, so that every prefecture code in play has its index. */
export function compileFilters(dict: EngineDictionary, options: TopOptions | undefined): CompiledFilters {
  const f = options?.filters;
  // An empty list filters nothing (as if not given), so a form that sends [] does not hide everything.
  const codes = f?.prefectureCodes?.length ? f.prefectureCodes : null;
  const regions = f?.regions?.length ? f.regions : null;
  let prefs: Uint8Array | null = null;
  if (codes || regions) {
    prefs = new Uint8Array(dict.prefCount);
    const byCode = codes ? new Set(codes.map((c) => dict.knownPrefIndex(c))) : null;
    const byRegion = regions ? new Set(regions.map((name) => dict.regionIndex(name))) : null;
    for (let p = 0; p < prefs.length; p++) {
      const region = dict.regionOf(p);
      if ((!byCode || byCode.has(p)) && (!byRegion || (region >= 0 && byRegion.has(region)))) prefs[p] = 1;
    }
  }
  let occs: Uint8Array | null = null;
  if (f?.occupationCodes?.length) {
    occs = new Uint8Array(12);
    for (const code of f.occupationCodes) {
      const i = occupationIndex(code);
      if (i >= 0) occs[i] = 1;
    }
  }
  const moveMask =
    f?.moveType === MoveType.SECONDMENT
      ? MOVE_SECONDMENT
      : f?.moveType === MoveType.TRANSFER
        ? MOVE_TRANSFER
        : MOVE_SECONDMENT | MOVE_TRANSFER;
  const minScore = typeof f?.minScore === 'number' && !Number.isNaN(f.minScore) ? f.minScore : -Infinity;
  return { prefs, occs, moveMask, minScore, excludeIds: options?.excludeIds ?? null };
}

export function prefAllowed(f: CompiledFilters, pref: number): boolean {
  return f.prefs === null || (pref >= 0 && pref < f.prefs.length && f.prefs[pref] === 1);
}

export function occAllowed(f: CompiledFilters, occ: number): boolean {
  return f.occs === null || (occ >= 0 && f.occs[occ] === 1);
}
