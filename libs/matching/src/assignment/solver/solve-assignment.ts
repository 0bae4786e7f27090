import { evaluateFlows, type AssignmentProblem } from './assignment-problem';
import { auction } from './auction';
import { improveDualBound, type BoundOptions } from './dual-bound';
import { exactFlow, exactWorkEstimate } from './exact-flow';
import type { SolverHooks } from './solver-hooks';

export enum SolveMethod {
  /** Min-cost flow: the optimum over the candidates. */
  EXACT = 'EXACT',
  /** Forward auction: within ε per person of the optimum over the candidates. */
  AUCTION = 'AUCTION',
}

export interface SolveOptions {
  /** Solve exactly when pairs × movable people is at most this (default 5,000,000: an office, a small region). */
  exactWorkLimit?: number;
  /** The auction's bid increment relative to the best score (default 5e-3). */
  relativeEpsilon?: number;
  bound?: BoundOptions;
}

export interface PrimalSolution {
  method: SolveMethod;
  /** People per candidate pair, aligned with the problem's `targets`. */
  flows: Int32Array;
  total: number;
  peopleAssigned: number;
  /** Dual prices per target, where the bound starts. */
  prices: Float64Array;
}

export interface AssignmentSolution extends PrimalSolution {
  /** ≥ the best total over every allowed pair (not only the candidates). */
  upperBound: number;
  /** (upperBound − total) / upperBound, 0 when both are 0. */
  gap: number;
  boundSweeps: number;
  /** The dual behind the bound (see floorBoundSuppliers). */
  dual: { prices: Float64Array; floorPrice: number };
}

/** The integer assignment: exact when small enough, the auction otherwise. Deterministic for the same problem. */
export async function solvePrimal(
  problem: AssignmentProblem,
  options: SolveOptions = {},
  hooks?: SolverHooks,
): Promise<PrimalSolution> {
  const exact = exactWorkEstimate(problem) <= (options.exactWorkLimit ?? 5_000_000);
  const result = exact
    ? await exactFlow(problem, hooks)
    : await auction(problem, { relativeEpsilon: options.relativeEpsilon }, hooks);
  // Recomputed from the flows, which also proves both sides' numbers are kept.
  const total = evaluateFlows(problem, result.flows);
  let peopleAssigned = 0;
  for (const x of result.flows) peopleAssigned += x;
  return {
    method: exact ? SolveMethod.EXACT : SolveMethod.AUCTION,
    flows: result.flows,
    total,
    peopleAssigned,
    prices: result.prices,
  };
}

/** The upper bound and gap for a solution (see dual-bound.ts). */
export async function boundPrimal(
  problem: AssignmentProblem,
  primal: PrimalSolution,
  options: SolveOptions = {},
  hooks?: SolverHooks,
): Promise<AssignmentSolution> {
  const result = await improveDualBound(problem, primal.prices, options.bound, hooks);
  // Weak duality makes the bound at least the total; only rounding could say otherwise.
  const bound = Math.max(result.upperBound, primal.total);
  return {
    ...primal,
    upperBound: bound,
    gap: optimalityGap(primal.total, bound),
    boundSweeps: result.sweeps,
    dual: { prices: result.prices, floorPrice: result.floorPrice },
  };
}

export async function solveAssignment(
  problem: AssignmentProblem,
  options: SolveOptions = {},
  hooks: { solving?: SolverHooks; bounding?: SolverHooks } = {},
): Promise<AssignmentSolution> {
  const primal = await solvePrimal(problem, options, hooks.solving);
  return boundPrimal(problem, primal, options, hooks.bounding);
}

export function optimalityGap(total: number, upperBound: number): number {
  if (!(upperBound > 0)) return 0;
  return Math.max(0, (upperBound - total) / upperBound);
}
