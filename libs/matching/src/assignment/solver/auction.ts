// Bertsekas' forward auction for the transportation problem, the primal heuristic for large instances.
//
// Each target j is b_j identical places ("copies"); each supplier's people bid, one at a time, for the place that
// leaves them the most (score − price), raising that place's price by how much better it is than their next
// choice plus ε. A target that is full gives its cheapest place to the new, higher bid and the person who held it
// bids again. A person whose best value is not positive stays unassigned (the problem is not a perfect matching).
// Prices start at 0 and a place once taken stays taken, so every untaken place has price 0 — the complementary
// slackness the unassigned side needs — and the result is within ε per assigned person of the best assignment over
// the candidates (ε-complementary slackness). The final prices are a near-optimal dual, which the bound starts from.
import type { AssignmentProblem } from './assignment-problem';
import { CheckpointClock, type SolverHooks } from './solver-hooks';

// Module constants, not globals, in the hot loops: a global lookup costs far more under Jest's vm context.
const { max } = Math;
const INFINITY = Number.POSITIVE_INFINITY;

export interface AuctionOptions {
  /** The bid increment relative to the largest score (default 5e-3): each person at most that below the optimum. */
  relativeEpsilon?: number;
}

export interface AuctionResult {
  /** People per candidate pair, aligned with the problem's `targets`. */
  flows: Int32Array;
  total: number;
  /** Per target: the price of its cheapest place (0 while one is free): a dual solution for the bound. */
  prices: Float64Array;
  bids: number;
}

export async function auction(
  problem: AssignmentProblem,
  options: AuctionOptions = {},
  hooks?: SolverHooks,
): Promise<AuctionResult> {
  const { supplies, demands, offsets, targets, scores } = problem;
  const suppliers = supplies.length;
  const targetCount = demands.length;

  let maxScore = 0;
  for (let e = 0; e < scores.length; e++) if (scores[e] > maxScore) maxScore = scores[e];
  const epsilon = max(maxScore * (options.relativeEpsilon ?? 5e-3), 1e-12);

  // Places of target j are slots slotStart[j] .. slotStart[j] + demands[j] - 1; the first filled[j] of them are taken,
  // kept sorted by bid ascending, so the cheapest taken place is always the first.
  const slotStart = new Int32Array(targetCount + 1);
  for (let j = 0; j < targetCount; j++) slotStart[j + 1] = slotStart[j] + demands[j];
  const slotBid = new Float64Array(slotStart[targetCount]);
  const slotOwner = new Int32Array(slotStart[targetCount]);
  const filled = new Int32Array(targetCount);

  /** Price of the cheapest place of j (free places cost 0). */
  const cheapest = (j: number): number => (filled[j] < demands[j] ? 0 : slotBid[slotStart[j]]);
  /** Price of the second cheapest place (Infinity when j has one place). */
  const secondCheapest = (j: number): number => {
    const free = demands[j] - filled[j];
    if (demands[j] < 2) return INFINITY;
    if (free >= 2) return 0;
    return slotBid[slotStart[j] + (free === 1 ? 0 : 1)];
  };

  // People of each supplier still bidding, and a FIFO of suppliers with some (each at most once in it).
  const waiting = Int32Array.from(supplies);
  const queued = new Uint8Array(suppliers);
  const queue = new Int32Array(suppliers + 1);
  let head = 0;
  let tail = 0;
  let inQueue = 0;
  const push = (i: number) => {
    queue[tail] = i;
    tail = tail === suppliers ? 0 : tail + 1;
    queued[i] = 1;
    inQueue++;
  };
  const pop = (): number => {
    const i = queue[head];
    head = head === suppliers ? 0 : head + 1;
    queued[i] = 0;
    inQueue--;
    return i;
  };
  let totalPeople = 0;
  for (let i = 0; i < suppliers; i++) {
    totalPeople += supplies[i];
    if (supplies[i] > 0 && offsets[i + 1] > offsets[i]) push(i);
  }
  let stillBidding = 0;
  for (let i = 0; i < suppliers; i++) if (queued[i]) stillBidding += supplies[i];

  const clock = new CheckpointClock(hooks);
  let bids = 0;
  while (inQueue > 0) {
    const i = pop();
    while (waiting[i] > 0) {
      // Best and second-best value over i's candidates; not bidding (value 0) is always an option.
      let bestEdge = -1;
      let best = 0;
      let second = 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) {
        const value = scores[e] - cheapest(targets[e]);
        if (value > best) {
          second = best;
          best = value;
          bestEdge = e;
        } else if (value > second) {
          second = value;
        }
      }
      if (bestEdge < 0) {
        // Nothing is worth more than staying unassigned, and prices only rise: these people stay unassigned.
        stillBidding -= waiting[i];
        waiting[i] = 0;
        break;
      }
      const j = targets[bestEdge];
      const alsoHere = scores[bestEdge] - secondCheapest(j);
      if (alsoHere > second) second = alsoHere;
      const bid = scores[bestEdge] - second + epsilon;

      const start = slotStart[j];
      let count = filled[j];
      if (count === demands[j]) {
        // Full: the holder of the cheapest place is outbid and bids again.
        const outbid = slotOwner[start];
        for (let k = start; k < start + count - 1; k++) {
          slotBid[k] = slotBid[k + 1];
          slotOwner[k] = slotOwner[k + 1];
        }
        count--;
        waiting[outbid]++;
        stillBidding++;
        if (outbid !== i && !queued[outbid]) push(outbid);
      }
      // Insert the bid keeping the taken places sorted (ties: the earlier bid stays cheaper, so it is outbid first).
      let k = start + count;
      while (k > start && slotBid[k - 1] > bid) {
        slotBid[k] = slotBid[k - 1];
        slotOwner[k] = slotOwner[k - 1];
        k--;
      }
      slotBid[k] = bid;
      slotOwner[k] = i;
      filled[j] = count + 1;
      waiting[i]--;
      stillBidding--;
      bids++;
      if (clock.due()) await clock.fire(totalPeople === 0 ? 1 : 1 - stillBidding / totalPeople);
    }
  }

  // People per pair: count each supplier's places per target (its candidate list maps target → pair).
  const flows = new Int32Array(targets.length);
  const pairOf = new Map<number, number>();
  const held: number[][] = Array.from({ length: suppliers }, () => []);
  for (let j = 0; j < targetCount; j++) {
    for (let k = slotStart[j]; k < slotStart[j] + filled[j]; k++) held[slotOwner[k]].push(j);
  }
  let total = 0;
  for (let i = 0; i < suppliers; i++) {
    if (held[i].length === 0) continue;
    pairOf.clear();
    for (let e = offsets[i]; e < offsets[i + 1]; e++) pairOf.set(targets[e], e);
    for (const j of held[i]) {
      const e = pairOf.get(j);
      if (e === undefined) throw new Error(`auction placed supplier ${i} on a non-candidate target ${j}`);
      flows[e]++;
      total += scores[e];
    }
  }
  const prices = new Float64Array(targetCount);
  for (let j = 0; j < targetCount; j++) prices[j] = cheapest(j);
  return { flows, total, prices, bids };
}
