// How a ranked counterpart reads on screen. The API gives whole points (scorePoints, each factor's points and
// maximum); this only arranges them, so no raw share such as 0.5049999999999999 can reach the page.
import type { MatchFactorKey, MoveType } from '../../gql/graphql';
import { matchingMessages as text } from './messages';

export interface FactorInput {
  factor: MatchFactorKey;
  label: string;
  points: number;
  maxPoints: number;
}

export interface FactorRow {
  factor: MatchFactorKey;
  label: string;
  /** 「12点／20点」 */
  text: string;
  /** How full the factor's bar is, 0..1 (its points against its maximum). */
  fill: number;
}

/** Whole points as people read them: 「72点」. */
export function scoreText(points: number): string {
  return `${Math.round(points)}点`;
}

/** A meter's value, 0..100. */
export function meterValue(points: number): number {
  return Math.min(100, Math.max(0, Math.round(points)));
}

/** The factors that count (a factor weighted 0 gives nothing and is left out), in the API's order. */
export function factorRows(factors: readonly FactorInput[]): FactorRow[] {
  return factors
    .filter((f) => f.maxPoints > 0)
    .map((f) => ({
      factor: f.factor,
      label: f.label,
      text: text.results.pointsOf(Math.round(f.points), Math.round(f.maxPoints)),
      fill: Math.min(1, Math.max(0, f.points / f.maxPoints)),
    }));
}

export type MatchState =
  | { kind: 'dismissed' }
  | { kind: 'case'; caseId: string }
  | { kind: 'takenUp'; decisionId: string }
  | { kind: 'open' };

/** What can be done with a counterpart now: restore it, open its case, open a case from its take-up, or decide. */
export function matchState(match: {
  dismissed: boolean;
  takenUpDecisionId: string | null;
  caseId: string | null;
}): MatchState {
  if (match.dismissed) return { kind: 'dismissed' };
  if (match.caseId) return { kind: 'case', caseId: match.caseId };
  if (match.takenUpDecisionId) return { kind: 'takenUp', decisionId: match.takenUpDecisionId };
  return { kind: 'open' };
}

/** The move a new case takes without asking (the pair can be only one), or null when the consultant must choose. */
export function fixedMoveType(moveTypes: readonly MoveType[]): MoveType | null {
  return moveTypes.length === 1 ? moveTypes[0] : null;
}

/** People typed in a field (full-width digits too): null when empty, NaN unless a whole number of at least 1. */
export function parsePeople(value: string): number | null {
  const trimmed = value.normalize('NFKC').trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : Number.NaN;
}
