// An upper bound on the best total over EVERY allowed pair, from the LP relaxation's dual.
//
// The LP: maximise Σ s_ij x_ij subject to Σ_j x_ij ≤ a_i, Σ_i x_ij ≤ b_j, x ≥ 0. Its dual: minimise
// Σ a_i u_i + Σ b_j v_j subject to u_i + v_j ≥ s_ij for every allowed pair, u, v ≥ 0. Only the candidates' scores
// are known; for every other allowed pair we know s_ij ≤ boundOnOthers_i. So take prices v_j ≥ λ ≥ 0 for EVERY
// target (λ: a floor price common to all) and u_i = max(0, boundOnOthers_i − λ, max over candidates (s_ij − v_j)):
// the constraint holds for candidates by the max and for the others because s_ij − v_j ≤ boundOnOthers_i − λ. Hence
// UB(v, λ) = Σ_j b_j v_j + Σ_i a_i u_i bounds the optimum of the full problem (weak duality).
//
// λ matters when people outnumber places: without it, everyone left without a candidate place would be assumed to
// get boundOnOthers_i elsewhere. Starting from the solver's prices, the bound alternates a search over λ with
// coordinate descent, which sets each v_j, in turn, to its exact minimiser given the others (never raising UB).
import type { AssignmentProblem } from './assignment-problem';
import { CheckpointClock, type SolverHooks } from './solver-hooks';

// Module constants, not globals, in the hot loops: a global lookup costs far more under Jest's vm context.
const { max, min } = Math;
const INFINITY = Number.POSITIVE_INFINITY;

/** UB(v, λ) for the given prices and floor price (prices below λ count as λ). */
export function dualBound(problem: AssignmentProblem, prices: Float64Array, floorPrice = 0): number {
  const { supplies, demands, offsets, targets, scores, boundOnOthers } = problem;
  const lambda = max(0, floorPrice);
  let bound = 0;
  for (let j = 0; j < demands.length; j++) bound += demands[j] * max(lambda, prices[j]);
  for (let i = 0; i < supplies.length; i++) {
    if (supplies[i] === 0) continue;
    let u = max(0, boundOnOthers[i] - lambda);
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const value = scores[e] - max(lambda, prices[targets[e]]);
      if (value > u) u = value;
    }
    bound += supplies[i] * u;
  }
  return bound;
}

export interface BoundOptions {
  /** Rounds of (λ search, coordinate descent) at most (default 4). */
  maxRounds?: number;
  /** Coordinate-descent sweeps over all targets per round at most (default 10). */
  maxSweeps?: number;
  /** Stop when a round or sweep lowers the bound by less than this fraction of it (default 1e-6). */
  relativeTolerance?: number;
}

export interface BoundResult {
  upperBound: number;
  /** v_j (all ≥ floorPrice). */
  prices: Float64Array;
  floorPrice: number;
  sweeps: number;
}

export async function improveDualBound(
  problem: AssignmentProblem,
  startPrices: Float64Array,
  options: BoundOptions = {},
  hooks?: SolverHooks,
): Promise<BoundResult> {
  const maxRounds = options.maxRounds ?? 4;
  const maxSweeps = options.maxSweeps ?? 10;
  const tolerance = options.relativeTolerance ?? 1e-6;
  const descent = new CoordinateDescent(problem);
  // One tick per target.
  const clock = new CheckpointClock(hooks, 64);
  const totalSweeps = maxRounds * maxSweeps;

  let prices = Float64Array.from(startPrices, (p) => max(0, p));
  let lambda = 0;
  let bound = dualBound(problem, prices, lambda);
  let sweeps = 0;
  for (let round = 0; round < maxRounds; round++) {
    const roundStart = bound;
    const best = bestFloorPrice(problem, prices, lambda);
    if (best.bound < bound) {
      lambda = best.floorPrice;
      bound = best.bound;
      for (let j = 0; j < prices.length; j++) prices[j] = max(lambda, prices[j]);
    }
    descent.reset(prices, lambda);
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      sweeps++;
      await descent.sweep(clock, (fraction) => (sweeps - 1 + fraction) / totalSweeps);
      const next = dualBound(problem, descent.prices, lambda);
      const improved = bound - next;
      if (next <= bound) {
        bound = next;
        prices = Float64Array.from(descent.prices);
      }
      if (improved <= tolerance * max(1, bound)) break;
    }
    if (roundStart - bound <= tolerance * max(1, bound)) break;
  }
  return { upperBound: bound, prices, floorPrice: lambda, sweeps };
}

/**
 * Suppliers whose term in the bound comes from their floor (boundOnOthers − λ), not from a candidate: the bound
 * assumes they could do that well outside their candidates. Asking the engine for more candidates for them lowers
 * their boundOnOthers (and may find them places). Sorted by how much each adds to the bound, largest first.
 */
export function floorBoundSuppliers(
  problem: AssignmentProblem,
  bound: Pick<BoundResult, 'prices' | 'floorPrice'>,
): { supplier: number; excess: number }[] {
  const { supplies, offsets, targets, scores, boundOnOthers } = problem;
  const lambda = bound.floorPrice;
  const out: { supplier: number; excess: number }[] = [];
  for (let i = 0; i < supplies.length; i++) {
    if (supplies[i] === 0) continue;
    let best = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const value = scores[e] - max(lambda, bound.prices[targets[e]]);
      if (value > best) best = value;
    }
    const floor = boundOnOthers[i] - lambda;
    if (floor > best) out.push({ supplier: i, excess: supplies[i] * (floor - best) });
  }
  return out.sort((x, y) => y.excess - x.excess || x.supplier - y.supplier);
}

/**
 * The floor price λ giving the lowest UB for these prices (v_j raised to λ where below): a grid over the suppliers'
 * boundOnOthers, then a golden-section refinement around the best grid point. UB is not convex in λ, so this is a
 * search, not a proof of the best λ; any λ gives a valid bound.
 */
function bestFloorPrice(
  problem: AssignmentProblem,
  prices: Float64Array,
  current: number,
): { floorPrice: number; bound: number } {
  const values = Array.from(problem.boundOnOthers)
    .filter((b) => Number.isFinite(b) && b > 0)
    .sort((x, y) => x - y);
  const grid = new Set<number>([0, current]);
  const steps = 16;
  for (let k = 1; k <= steps && values.length > 0; k++) {
    grid.add(values[min(values.length - 1, Math.floor((k / steps) * values.length))]);
  }
  const sorted = [...grid].sort((x, y) => x - y);
  let best = { floorPrice: current, bound: dualBound(problem, prices, current) };
  let bestIndex = sorted.indexOf(current);
  sorted.forEach((lambda, index) => {
    const bound = dualBound(problem, prices, lambda);
    if (bound < best.bound) {
      best = { floorPrice: lambda, bound };
      bestIndex = index;
    }
  });
  let low = sorted[max(0, bestIndex - 1)];
  let high = sorted[min(sorted.length - 1, bestIndex + 1)];
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 16 && high - low > 1e-9; k++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    const boundA = dualBound(problem, prices, a);
    const boundB = dualBound(problem, prices, b);
    if (boundA < best.bound) best = { floorPrice: a, bound: boundA };
    if (boundB < best.bound) best = { floorPrice: b, bound: boundB };
    if (boundA <= boundB) high = b;
    else low = a;
  }
  return best;
}

/** Exact minimisation of UB over one v_j at a time (v_j ≥ λ), keeping each supplier's two best values current. */
class CoordinateDescent {
  prices: Float64Array;
  private lambda = 0;
  private readonly supplierOf: Int32Array;
  private readonly byTargetStart: Int32Array;
  private readonly byTarget: Int32Array;
  private readonly floor: Float64Array;
  private readonly best: Float64Array;
  private readonly bestPair: Int32Array;
  private readonly second: Float64Array;
  private readonly secondPair: Int32Array;
  private thresholds = new Float64Array(64);
  private weights = new Float64Array(64);
  private order = new Int32Array(64);

  constructor(private readonly problem: AssignmentProblem) {
    const { supplies, demands, offsets, targets } = problem;
    const n = supplies.length;
    const m = demands.length;
    this.prices = new Float64Array(m);
    this.supplierOf = new Int32Array(targets.length);
    for (let i = 0; i < n; i++) for (let e = offsets[i]; e < offsets[i + 1]; e++) this.supplierOf[e] = i;
    this.byTargetStart = new Int32Array(m + 1);
    for (let e = 0; e < targets.length; e++) this.byTargetStart[targets[e] + 1]++;
    for (let j = 0; j < m; j++) this.byTargetStart[j + 1] += this.byTargetStart[j];
    this.byTarget = new Int32Array(targets.length);
    const fill = this.byTargetStart.slice(0, m);
    for (let e = 0; e < targets.length; e++) this.byTarget[fill[targets[e]]++] = e;
    this.floor = new Float64Array(n);
    this.best = new Float64Array(n);
    this.bestPair = new Int32Array(n);
    this.second = new Float64Array(n);
    this.secondPair = new Int32Array(n);
  }

  reset(prices: Float64Array, lambda: number): void {
    this.lambda = lambda;
    this.prices = Float64Array.from(prices, (p) => max(lambda, p));
    for (let i = 0; i < this.problem.supplies.length; i++) {
      this.floor[i] = max(0, this.problem.boundOnOthers[i] - lambda);
      this.rescan(i);
    }
  }

  async sweep(clock: CheckpointClock, progress: (fraction: number) => number): Promise<void> {
    const { supplies, demands, scores } = this.problem;
    const m = demands.length;
    for (let j = 0; j < m; j++) {
      const from = this.byTargetStart[j];
      const to = this.byTargetStart[j + 1];
      const degree = to - from;
      if (degree > this.thresholds.length) {
        this.thresholds = new Float64Array(degree * 2);
        this.weights = new Float64Array(degree * 2);
        this.order = new Int32Array(degree * 2);
      }
      // Supplier i takes its u_i from pair (i, j) while v_j < s_ij − (the best it has elsewhere): a breakpoint.
      let count = 0;
      for (let k = from; k < to; k++) {
        const e = this.byTarget[k];
        const i = this.supplierOf[e];
        if (supplies[i] === 0) continue;
        const elsewhere = max(this.floor[i], this.bestPair[i] === e ? this.second[i] : this.best[i]);
        const t = scores[e] - elsewhere;
        if (t <= this.lambda) continue;
        this.thresholds[count] = t;
        this.weights[count] = supplies[i];
        this.order[count] = count;
        count++;
      }
      // UB as a function of v_j has slope b_j − (people of suppliers whose breakpoint lies above v_j): its minimum
      // is at the breakpoint where those people first reach b_j, or at λ if they never do.
      let price = this.lambda;
      if (count > 0 && demands[j] > 0) {
        const thresholds = this.thresholds;
        const view = this.order.subarray(0, count);
        view.sort((x, y) => thresholds[y] - thresholds[x] || x - y);
        let people = 0;
        for (let k = 0; k < count; k++) {
          people += this.weights[view[k]];
          if (people >= demands[j]) {
            price = thresholds[view[k]];
            break;
          }
        }
      }
      if (price !== this.prices[j]) {
        this.prices[j] = price;
        for (let k = from; k < to; k++) {
          const e = this.byTarget[k];
          const i = this.supplierOf[e];
          if (e === this.bestPair[i] || e === this.secondPair[i] || scores[e] - price > this.second[i]) {
            this.rescan(i);
          }
        }
      }
      if (clock.due()) await clock.fire(progress(j / m));
    }
  }

  private rescan(i: number): void {
    const { offsets, targets, scores } = this.problem;
    let b = -INFINITY;
    let bp = -1;
    let s = -INFINITY;
    let sp = -1;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const value = scores[e] - this.prices[targets[e]];
      if (value > b) {
        s = b;
        sp = bp;
        b = value;
        bp = e;
      } else if (value > s) {
        s = value;
        sp = e;
      }
    }
    this.best[i] = b;
    this.bestPair[i] = bp;
    this.second[i] = s;
    this.secondPair[i] = sp;
  }
}
