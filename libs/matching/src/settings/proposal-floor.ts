/**
 * What a batch proposal must at least be. The ranked lists a consultant reads show every allowed pair, best first,
 * gaps and all; a run's proposal is a recommendation to act on, and the solver, maximising the total score, would
 * otherwise use any pair at all to place people (a shop clerk for a system engineer's place without its licence, a
 * Tokyo hall clerk for a Kumamoto plant). Administrators set it with the matching settings.
 */
export interface ProposalFloor {
  /** Pairs scoring below this (0..1) are never proposed. */
  minimumScore: number;
  /** A pair missing a required licence or skill (or whose sender recorded none) is never proposed. */
  excludeMissingRequired: boolean;
}

/**
 * With the default weights the brochure's seven established secondments score 0.71 to 0.98, while a pair that
 * shares neither occupation nor region (a Tokyo hall clerk for a Kumamoto semiconductor plant) scores about 0.5 to
 * 0.6 on neutral and fitting conditions alone: 0.65 keeps the first and drops the second.
 */
export const DEFAULT_PROPOSAL_FLOOR: ProposalFloor = { minimumScore: 0.65, excludeMissingRequired: true };
