import { FACTOR_KEYS, type FactorWeights, type MatchingSettings } from '../engine/factor-weights';
import { DEFAULT_PROPOSAL_FLOOR, type ProposalFloor } from '../settings/proposal-floor';

/**
 * How a run builds and solves its problem. Part of every run's input fingerprint: change anything here (or in the
 * engine's scoring) and bump `version`, so that the same offers are solved again instead of reusing old runs.
 */
export const ASSIGNMENT_ALGORITHM = {
  // 2: proposals have a floor (proposal-floor.ts); runs of version 1 may hold pairs below it.
  version: 2,
  /** Receiving offers kept per sending offer: max(base, perPerson × its people), at most max. */
  candidates: { base: 40, perPerson: 3, max: 200 },
  /**
   * While the result is further than `aboveGap` from the bound (at most `rounds` times), the sending offers with
   * people left unassigned that could still do well elsewhere (largest people × boundOnOthers first, at most
   * `maxShareOfOffers` of them) get `factor` times as many candidates (at most `max`) plus their best among the
   * receiving offers not yet full, and the problem is solved again.
   */
  refine: { aboveGap: 0.01, rounds: 3, maxShareOfOffers: 0.25, factor: 4, max: 400 },
  /** The auction's bid increment relative to the best score. */
  relativeEpsilon: 5e-3,
  /** Solve exactly (min-cost flow) up to this many pairs × people. */
  exactWorkLimit: 5_000_000,
} as const;

export function candidatesFor(people: number): number {
  const { base, perPerson, max } = ASSIGNMENT_ALGORITHM.candidates;
  return Math.min(max, Math.max(base, perPerson * people));
}

/** The settings a run was queued with: the job scores with these, whatever is edited meanwhile. */
export interface AssignmentSettingsSnapshot {
  weights: FactorWeights;
  excludeMissingRequired: boolean;
  /** What a proposal must at least be; absent in snapshots taken before it existed (the defaults apply). */
  proposalFloor?: ProposalFloor;
  /** The settings row's version when the run was queued (0: defaults). */
  settingsVersion: number;
  algorithm: typeof ASSIGNMENT_ALGORITHM;
}

export function settingsSnapshot(
  settings: MatchingSettings & { proposalFloor: ProposalFloor; version: number },
): AssignmentSettingsSnapshot {
  return {
    weights: orderedWeights(settings.weights),
    excludeMissingRequired: settings.excludeMissingRequired,
    proposalFloor: {
      minimumScore: settings.proposalFloor.minimumScore,
      excludeMissingRequired: settings.proposalFloor.excludeMissingRequired,
    },
    settingsVersion: settings.version,
    algorithm: ASSIGNMENT_ALGORITHM,
  };
}

/** Weights in the factors' fixed order, so equal settings always serialise alike. */
export function orderedWeights(weights: FactorWeights): FactorWeights {
  return Object.fromEntries(FACTOR_KEYS.map((key) => [key, weights[key]])) as FactorWeights;
}

export function proposalFloorOf(snapshot: AssignmentSettingsSnapshot): ProposalFloor {
  return snapshot.proposalFloor ?? DEFAULT_PROPOSAL_FLOOR;
}
