// The contract between the engine (engine/), the API's query path (index/) and batch assignment (assignment/).
import type { MoveType } from '@kakehashi/offers';

export interface MatchFilters {
  /** Only counterparts whose workplace (receiving) or home (sending) prefecture is one of these. */
  prefectureCodes?: readonly string[];
  /** Only counterparts in these regions (関東, 近畿, …), by the same prefecture. */
  regions?: readonly string[];
  /** Only pairs that can be this kind of move. */
  moveType?: MoveType;
  /** Only counterparts in these 職業大分類. */
  occupationCodes?: readonly string[];
  /** Only counterparts scoring at least this. */
  minScore?: number;
}

export interface RankedCounterpart {
  id: string;
  score: number;
}

export interface TopCounterparts {
  /** Best first; ties broken by id ascending, so the same data always gives the same order. */
  items: RankedCounterpart[];
  /**
   * An upper bound on the score of every eligible counterpart not in `items` (0 when there is none). Batch
   * assignment uses it to bound the optimum over all pairs while solving over the candidates only.
   */
  boundOnOthers: number;
  /** Counterparts fully scored (for benchmarks: how much pruning saved). */
  scored: number;
}

export interface TopOptions {
  filters?: MatchFilters;
  /** Counterpart ids never to return (dismissed pairs). */
  excludeIds?: ReadonlySet<string>;
}
