// The batch assignment as a transportation problem: suppliers i (sending offers, a_i people), targets j (receiving
// offers, b_j places) and a sparse list of candidate pairs per supplier with their scores. Plain typed arrays: a
// whole-country problem has about a million candidate pairs, which objects per pair would make slow and large.

export interface AssignmentProblem {
  /** a_i: people each supplier can send (integers ≥ 0). */
  readonly supplies: Int32Array;
  /** b_j: places each target offers (integers ≥ 0). */
  readonly demands: Int32Array;
  /** Supplier i's candidates are the pairs offsets[i] .. offsets[i + 1] - 1 (length: suppliers + 1). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly scores: Float64Array;
  /**
   * Per supplier: at least the score of every allowed pair (i, j) that is NOT among its candidates (0 when there is
   * none). It makes the upper bound valid for the full problem although only the candidates are solved.
   */
  readonly boundOnOthers: Float64Array;
}

export interface Candidate {
  target: number;
  score: number;
}

/** Builds a problem supplier by supplier; candidates keep the order given (best first makes ties stable). */
export class AssignmentProblemBuilder {
  private readonly supplies: number[] = [];
  private readonly offsets: number[] = [0];
  private readonly targets: number[] = [];
  private readonly scores: number[] = [];
  private readonly bounds: number[] = [];
  private readonly demands: Int32Array;

  constructor(demands: readonly number[] | Int32Array) {
    this.demands = Int32Array.from(demands, (d) => assertCount(d, 'demand'));
  }

  get supplierCount(): number {
    return this.supplies.length;
  }

  get pairCount(): number {
    return this.targets.length;
  }

  /** Returns the supplier's index. Pairs scoring 0 or less can never add to the total and are left out. */
  addSupplier(supply: number, candidates: readonly Candidate[], boundOnOthers: number): number {
    const seen = new Set<number>();
    for (const { target, score } of candidates) {
      if (!Number.isInteger(target) || target < 0 || target >= this.demands.length) {
        throw new Error(`candidate target ${target} is not one of the ${this.demands.length} targets`);
      }
      if (!Number.isFinite(score)) throw new Error(`candidate score ${score} is not a finite number`);
      if (seen.has(target)) throw new Error(`target ${target} is listed twice for one supplier`);
      seen.add(target);
      if (score <= 0) continue;
      this.targets.push(target);
      this.scores.push(score);
    }
    this.supplies.push(assertCount(supply, 'supply'));
    this.bounds.push(Number.isFinite(boundOnOthers) ? Math.max(0, boundOnOthers) : Infinity);
    this.offsets.push(this.targets.length);
    return this.supplies.length - 1;
  }

  build(): AssignmentProblem {
    return {
      supplies: Int32Array.from(this.supplies),
      demands: this.demands,
      offsets: Int32Array.from(this.offsets),
      targets: Int32Array.from(this.targets),
      scores: Float64Array.from(this.scores),
      boundOnOthers: Float64Array.from(this.bounds),
    };
  }
}

function assertCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
    throw new Error(`${what} ${value} is not a non-negative integer`);
  }
  return value;
}

/** Integer people per candidate pair (aligned with `targets`/`scores`). */
export interface AssignmentFlows {
  flows: Int32Array;
  total: number;
}

/** Sums a solution's score and checks it keeps both sides' numbers (throws otherwise: a solver bug). */
export function evaluateFlows(problem: AssignmentProblem, flows: Int32Array): number {
  const received = new Int32Array(problem.demands.length);
  let total = 0;
  for (let i = 0; i < problem.supplies.length; i++) {
    let sent = 0;
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++) {
      const x = flows[e];
      if (x < 0) throw new Error(`negative flow on pair ${e}`);
      if (x === 0) continue;
      sent += x;
      received[problem.targets[e]] += x;
      total += x * problem.scores[e];
    }
    if (sent > problem.supplies[i]) throw new Error(`supplier ${i} sends ${sent} > ${problem.supplies[i]}`);
  }
  for (let j = 0; j < received.length; j++) {
    if (received[j] > problem.demands[j]) {
      throw new Error(`target ${j} receives ${received[j]} > ${problem.demands[j]}`);
    }
  }
  return total;
}
