import {
  AssignmentProblemBuilder,
  auction,
  boundPrimal,
  dualBound,
  evaluateFlows,
  exactFlow,
  solveAssignment,
  solvePrimal,
  SolveMethod,
  type AssignmentProblem,
  type Candidate,
} from './index';

/** A problem from a dense score table (null: the pair is not allowed), every allowed pair a candidate. */
function fromTable(supplies: number[], demands: number[], table: (number | null)[][]): AssignmentProblem {
  const builder = new AssignmentProblemBuilder(demands);
  table.forEach((row, i) => {
    const candidates: Candidate[] = [];
    row.forEach((score, j) => {
      if (score !== null) candidates.push({ target: j, score });
    });
    builder.addSupplier(supplies[i], candidates, 0);
  });
  return builder.build();
}

/** Mulberry32: the same seed gives the same instance on every machine. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RandomInstance {
  supplies: number[];
  demands: number[];
  table: (number | null)[][];
}

/** Clustered scores (some targets popular), some pairs not allowed, people 1..maxPeople on each side. */
function randomInstance(
  seed: number,
  n: number,
  m: number,
  maxSupply: number,
  maxDemand: number,
): RandomInstance {
  const random = seeded(seed);
  const appeal = Array.from({ length: m }, () => random());
  const supplies = Array.from({ length: n }, () => 1 + Math.floor(random() * maxSupply));
  const demands = Array.from({ length: m }, () => 1 + Math.floor(random() * maxDemand));
  const table = supplies.map(() =>
    appeal.map((a) => (random() < 0.15 ? null : Math.round((0.3 * a + 0.7 * random()) * 1000) / 1000)),
  );
  return { supplies, demands, table };
}

/** Only each supplier's best k allowed pairs as candidates; boundOnOthers is the best score left out. */
function topK(instance: RandomInstance, k: number): AssignmentProblem {
  const builder = new AssignmentProblemBuilder(instance.demands);
  instance.table.forEach((row, i) => {
    const allowed = row
      .map((score, target) => ({ target, score }))
      .filter((c): c is Candidate => c.score !== null)
      .sort((x, y) => y.score - x.score || x.target - y.target);
    builder.addSupplier(instance.supplies[i], allowed.slice(0, k), allowed[k]?.score ?? 0);
  });
  return builder.build();
}

function sentBy(problem: AssignmentProblem, flows: Int32Array): number[] {
  return Array.from(problem.supplies, (_, i) => {
    let sent = 0;
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++) sent += flows[e];
    return sent;
  });
}

function receivedBy(problem: AssignmentProblem, flows: Int32Array): number[] {
  const received = new Array<number>(problem.demands.length).fill(0);
  problem.targets.forEach((j, e) => (received[j] += flows[e]));
  return received;
}

const AUCTION_ONLY = { exactWorkLimit: 0 };

describe('assignment solver', () => {
  describe('hand-made instances with a known optimum', () => {
    // Greedy by score takes A→X (1.0) and is left with B→Y (0.1): 1.1. Crossing gives 0.9 + 0.9 = 1.8.
    const greedyTrap = () =>
      fromTable(
        [1, 1],
        [1, 1],
        [
          [1.0, 0.9],
          [0.9, 0.1],
        ],
      );

    it('finds the crossing assignment greedy misses, exactly and with the auction', async () => {
      const exact = await solvePrimal(greedyTrap());
      expect(exact.method).toBe(SolveMethod.EXACT);
      expect(exact.total).toBeCloseTo(1.8, 9);
      expect(Array.from(exact.flows)).toEqual([0, 1, 1, 0]);

      const heuristic = await solvePrimal(greedyTrap(), AUCTION_ONLY);
      expect(heuristic.method).toBe(SolveMethod.AUCTION);
      expect(heuristic.total).toBeCloseTo(1.8, 9);
    });

    it('sends several people of one offer to one place when it wants several, and the rest to the next best', async () => {
      // 3 people; X wants 2 (0.8 each), Y wants 2 (0.5 each): 2 × 0.8 + 1 × 0.5.
      const problem = fromTable([3], [2, 2], [[0.8, 0.5]]);
      for (const options of [{}, AUCTION_ONLY]) {
        const solution = await solvePrimal(problem, options);
        expect(Array.from(solution.flows)).toEqual([2, 1]);
        expect(solution.total).toBeCloseTo(2.1, 9);
        expect(solution.peopleAssigned).toBe(3);
      }
    });

    it('gives the only place to the better pair when people outnumber places', async () => {
      const problem = fromTable([2, 2], [1], [[0.5], [0.7]]);
      for (const options of [{}, AUCTION_ONLY]) {
        const solution = await solveAssignment(problem, options);
        expect(Array.from(solution.flows)).toEqual([0, 1]);
        expect(solution.total).toBeCloseTo(0.7, 9);
        expect(solution.upperBound).toBeGreaterThanOrEqual(0.7 - 1e-12);
        expect(solution.gap).toBeLessThan(1e-6);
      }
    });

    it('leaves people unassigned rather than use pairs worth nothing or not allowed', async () => {
      const problem = fromTable(
        [2, 1],
        [1, 1],
        [
          [0, null],
          [null, -0.2],
        ],
      );
      expect(problem.targets.length).toBe(0);
      for (const options of [{}, AUCTION_ONLY]) {
        const solution = await solveAssignment(problem, options);
        expect(solution.total).toBe(0);
        expect(solution.peopleAssigned).toBe(0);
        expect(solution.upperBound).toBe(0);
        expect(solution.gap).toBe(0);
      }
    });

    it('counts what the candidates leave out in the bound: a supplier with nothing listed may do well elsewhere', async () => {
      const builder = new AssignmentProblemBuilder([1, 5]);
      builder.addSupplier(1, [{ target: 0, score: 0.9 }], 0);
      // Supplier 1 was given no candidate, but some allowed pair of it scores up to 0.6.
      builder.addSupplier(2, [], 0.6);
      const solution = await solveAssignment(builder.build());
      expect(solution.total).toBeCloseTo(0.9, 9);
      expect(solution.upperBound).toBeCloseTo(0.9 + 2 * 0.6, 9);
      expect(solution.gap).toBeCloseTo(1.2 / 2.1, 9);
    });
  });

  describe('random instances (seeded): heuristic ≤ exact optimum of the full problem ≤ upper bound', () => {
    const cases = [
      { seed: 1, n: 8, m: 10, maxSupply: 3, maxDemand: 2, k: 4 },
      { seed: 2, n: 15, m: 12, maxSupply: 4, maxDemand: 3, k: 5 },
      { seed: 3, n: 20, m: 40, maxSupply: 2, maxDemand: 1, k: 6 },
      { seed: 4, n: 25, m: 8, maxSupply: 5, maxDemand: 4, k: 3 },
      { seed: 5, n: 30, m: 30, maxSupply: 3, maxDemand: 3, k: 30 },
      { seed: 6, n: 12, m: 60, maxSupply: 6, maxDemand: 2, k: 8 },
    ];

    it.each(cases)(
      'seed $seed: $n offers × $m places, top $k',
      async ({ seed, n, m, maxSupply, maxDemand, k }) => {
        const instance = randomInstance(seed, n, m, maxSupply, maxDemand);
        const full = fromTable(instance.supplies, instance.demands, instance.table);
        const optimum = (await exactFlow(full)).total;

        const candidates = topK(instance, k);
        for (const options of [{}, AUCTION_ONLY]) {
          const solution = await solveAssignment(candidates, options);
          expect(solution.total).toBeLessThanOrEqual(optimum + 1e-9);
          expect(solution.upperBound).toBeGreaterThanOrEqual(optimum - 1e-9);
          // The gap reported is at least the true distance from the optimum: it never flatters the result.
          expect(solution.gap).toBeGreaterThanOrEqual((optimum - solution.total) / optimum - 1e-12);
          expect(solution.gap).toBeGreaterThanOrEqual(0);
        }
        // The auction is within ε (0.5 % of the best score) per person of the best over its candidates.
        const overCandidates = (await exactFlow(candidates)).total;
        const heuristic = await solvePrimal(candidates, AUCTION_ONLY);
        const people = Array.from(candidates.supplies).reduce((sum, a) => sum + a, 0);
        expect(heuristic.total).toBeGreaterThanOrEqual(overCandidates - people * 0.005 - 1e-9);
      },
    );

    it('bounds the candidates-only problem tightly: with every pair listed the LP optimum is the integer one', async () => {
      for (const seed of [11, 12, 13]) {
        const instance = randomInstance(seed, 20, 25, 4, 3);
        const full = fromTable(instance.supplies, instance.demands, instance.table);
        const solution = await solveAssignment(full);
        expect(solution.method).toBe(SolveMethod.EXACT);
        expect(solution.gap).toBeLessThan(1e-6);
        const viaAuction = await solveAssignment(full, AUCTION_ONLY);
        expect(viaAuction.gap).toBeLessThan(0.01);
      }
    });

    it('keeps both sides’ numbers', async () => {
      const instance = randomInstance(21, 40, 30, 6, 2);
      const problem = topK(instance, 10);
      for (const options of [{}, AUCTION_ONLY]) {
        const { flows, total } = await solvePrimal(problem, options);
        sentBy(problem, flows).forEach((sent, i) => expect(sent).toBeLessThanOrEqual(problem.supplies[i]));
        receivedBy(problem, flows).forEach((got, j) => expect(got).toBeLessThanOrEqual(problem.demands[j]));
        expect(Math.min(...Array.from(flows))).toBeGreaterThanOrEqual(0);
        expect(evaluateFlows(problem, flows)).toBeCloseTo(total, 9);
      }
    });

    it('gives the same result every time for the same input', async () => {
      const problem = topK(randomInstance(31, 50, 40, 4, 2), 8);
      for (const options of [{}, AUCTION_ONLY]) {
        const first = await solveAssignment(problem, options);
        const second = await solveAssignment(problem, options);
        expect(Array.from(second.flows)).toEqual(Array.from(first.flows));
        expect(second.total).toBe(first.total);
        expect(second.upperBound).toBe(first.upperBound);
      }
    });
  });

  describe('bound', () => {
    it('is valid for any prices and lowered by the floor price when people outnumber places', () => {
      // 10 people each with one candidate place (0.9) and up to 0.5 elsewhere; only 1 place exists in all.
      const builder = new AssignmentProblemBuilder([1]);
      for (let i = 0; i < 10; i++) builder.addSupplier(1, [{ target: 0, score: 0.9 }], 0.5);
      const problem = builder.build();
      // Without a floor price everyone is assumed to get 0.5 elsewhere.
      expect(dualBound(problem, Float64Array.of(0.9), 0)).toBeCloseTo(0.9 + 10 * 0.5, 9);
      // Every place priced at 0.2 at least: 0.3 elsewhere at most; at 0.5, nothing.
      expect(dualBound(problem, Float64Array.of(0.9), 0.2)).toBeCloseTo(0.9 + 10 * 0.3, 9);
      expect(dualBound(problem, Float64Array.of(0.9), 0.5)).toBeCloseTo(0.9, 9);
    });

    it('finds the floor price itself', async () => {
      const builder = new AssignmentProblemBuilder([1]);
      for (let i = 0; i < 10; i++) builder.addSupplier(1, [{ target: 0, score: 0.9 }], 0.5);
      const solution = await solveAssignment(builder.build());
      expect(solution.total).toBeCloseTo(0.9, 9);
      expect(solution.upperBound).toBeCloseTo(0.9, 6);
    });
  });

  describe('hooks', () => {
    it('reports progress that only grows, and stops when the hook throws', async () => {
      const problem = topK(randomInstance(41, 300, 200, 5, 2), 20);
      const fractions: number[] = [];
      const everyTime = { intervalMs: 0, checkpoint: (f: number) => void fractions.push(f) };
      await auction(problem, { relativeEpsilon: 1e-4 }, everyTime);
      expect(fractions.length).toBeGreaterThan(0);
      for (let k = 1; k < fractions.length; k++)
        expect(fractions[k]).toBeGreaterThanOrEqual(fractions[k - 1]);
      fractions.forEach((f) => expect(f).toBeLessThanOrEqual(1));

      const stop = new Error('cancelled');
      const cancelling = {
        intervalMs: 0,
        checkpoint: () => {
          throw stop;
        },
      };
      await expect(auction(problem, { relativeEpsilon: 1e-4 }, cancelling)).rejects.toBe(stop);
      const primal = await solvePrimal(problem, AUCTION_ONLY);
      await expect(boundPrimal(problem, primal, {}, cancelling)).rejects.toBe(stop);
    });
  });

  describe('builder', () => {
    it('refuses a target listed twice for one supplier, an unknown target and a fractional supply', () => {
      const builder = new AssignmentProblemBuilder([1, 1]);
      expect(() =>
        builder.addSupplier(
          1,
          [
            { target: 0, score: 0.5 },
            { target: 0, score: 0.4 },
          ],
          0,
        ),
      ).toThrow(/twice/);
      expect(() => builder.addSupplier(1, [{ target: 2, score: 0.5 }], 0)).toThrow(/not one of/);
      expect(() => builder.addSupplier(1.5, [], 0)).toThrow(/non-negative integer/);
    });
  });
});
