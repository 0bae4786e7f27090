// The exact optimum over the candidate pairs: a min-cost flow (cost = −score) by successive shortest paths with
// Dijkstra on reduced costs. It stops at the first augmenting path that would not raise the total, which is optimal
// because successive shortest paths cost more and more. Used for small instances (an office's offers) and, in
// tests, to prove the heuristic and the bound honest.
import type { AssignmentProblem } from './assignment-problem';
import { CheckpointClock, type SolverHooks } from './solver-hooks';

// Module constants, not globals, in the hot loops: a global lookup costs far more under Jest's vm context.
const { max, min } = Math;
const INFINITY = Number.POSITIVE_INFINITY;

export interface ExactResult {
  flows: Int32Array;
  total: number;
  /** A dual solution (per target) read from the final potentials, for the bound. */
  prices: Float64Array;
  augmentations: number;
}

/** Rough cost of the exact solve: pairs × people that can move (each augmentation runs one Dijkstra). */
export function exactWorkEstimate(problem: AssignmentProblem): number {
  let supply = 0;
  let demand = 0;
  for (const a of problem.supplies) supply += a;
  for (const b of problem.demands) demand += b;
  return (problem.targets.length + problem.supplies.length) * min(supply, demand);
}

const TOLERANCE = 1e-12;

export async function exactFlow(problem: AssignmentProblem, hooks?: SolverHooks): Promise<ExactResult> {
  const { supplies, demands, offsets, targets, scores } = problem;
  const n = supplies.length;
  const m = demands.length;
  const source = 0;
  const sink = n + m + 1;
  const nodes = n + m + 2;
  const supplierNode = (i: number) => 1 + i;
  const targetNode = (j: number) => 1 + n + j;

  // Arcs in pairs (forward 2k, reverse 2k + 1) on adjacency lists.
  const arcCount = 2 * (n + targets.length + m);
  const to = new Int32Array(arcCount);
  const cap = new Float64Array(arcCount);
  const cost = new Float64Array(arcCount);
  const next = new Int32Array(arcCount);
  const headOf = new Int32Array(nodes).fill(-1);
  let arcs = 0;
  const addArc = (u: number, v: number, capacity: number, c: number): number => {
    const forward = arcs;
    to[arcs] = v;
    cap[arcs] = capacity;
    cost[arcs] = c;
    next[arcs] = headOf[u];
    headOf[u] = arcs++;
    to[arcs] = u;
    cap[arcs] = 0;
    cost[arcs] = -c;
    next[arcs] = headOf[v];
    headOf[v] = arcs++;
    return forward;
  };
  for (let i = 0; i < n; i++) addArc(source, supplierNode(i), supplies[i], 0);
  // Pair arcs are uncapacitated: the node capacities imply min(a_i, b_j), and an uncapacitated arc keeps a
  // non-negative reduced cost for ever, which makes the final potentials a feasible dual.
  const pairArc = new Int32Array(targets.length);
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      pairArc[e] = addArc(supplierNode(i), targetNode(targets[e]), INFINITY, -scores[e]);
    }
  }
  for (let j = 0; j < m; j++) addArc(targetNode(j), sink, demands[j], 0);

  // Initial potentials: shortest distances in the (acyclic) starting network, so reduced costs start non-negative.
  const potential = new Float64Array(nodes);
  for (let e = 0; e < targets.length; e++) {
    const v = targetNode(targets[e]);
    if (-scores[e] < potential[v]) potential[v] = -scores[e];
  }
  for (let j = 0; j < m; j++) potential[sink] = min(potential[sink], potential[targetNode(j)]);

  const dist = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  const done = new Uint8Array(nodes);
  const heap = new MinHeap(nodes);
  const clock = new CheckpointClock(hooks, 1);
  let maxFlow = 0;
  {
    let supply = 0;
    let demand = 0;
    for (const a of supplies) supply += a;
    for (const b of demands) demand += b;
    maxFlow = min(supply, demand);
  }
  let flowSent = 0;
  let augmentations = 0;

  for (;;) {
    dist.fill(INFINITY);
    done.fill(0);
    dist[source] = 0;
    heap.clear();
    heap.push(source, 0);
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      if (u === sink) break;
      for (let a = headOf[u]; a >= 0; a = next[a]) {
        if (cap[a] <= 0) continue;
        const v = to[a];
        if (done[v]) continue;
        // Rounding can leave a reduced cost a hair below zero; it is zero.
        const reduced = max(0, cost[a] + potential[u] - potential[v]);
        const d = dist[u] + reduced;
        if (d < dist[v]) {
          dist[v] = d;
          via[v] = a;
          heap.push(v, d);
        }
      }
    }
    if (!done[sink]) break;
    const pathCost = dist[sink] + potential[sink] - potential[source];
    // Keep reduced costs non-negative: nodes not settled before the sink move as far as the sink did.
    const reach = dist[sink];
    for (let v = 0; v < nodes; v++) potential[v] += min(dist[v], reach);
    if (pathCost >= -TOLERANCE) break;

    let bottleneck = INFINITY;
    for (let v = sink; v !== source; v = to[via[v] ^ 1]) bottleneck = min(bottleneck, cap[via[v]]);
    for (let v = sink; v !== source; v = to[via[v] ^ 1]) {
      cap[via[v]] -= bottleneck;
      cap[via[v] ^ 1] += bottleneck;
    }
    flowSent += bottleneck;
    augmentations++;
    if (clock.due()) await clock.fire(maxFlow === 0 ? 1 : flowSent / maxFlow);
  }

  const flows = new Int32Array(targets.length);
  let total = 0;
  for (let e = 0; e < targets.length; e++) {
    // The reverse arc's capacity is the flow sent on the pair.
    const x = Math.round(cap[pairArc[e] ^ 1]);
    flows[e] = x;
    total += x * scores[e];
  }
  settleDual(potential, { source, sink, nodes, headOf, next, to, cap, cost }, flowSent > 0);
  // With reduced costs non-negative on every residual arc and on the return arc t → s, v_j = π(t) − π(j) is an
  // optimal dual (0 for places left free, since j → t is then residual); see settleDual.
  const prices = new Float64Array(m);
  for (let j = 0; j < m; j++) prices[j] = max(0, potential[sink] - potential[targetNode(j)]);
  return { flows, total, prices, augmentations };
}

interface ResidualGraph {
  source: number;
  sink: number;
  nodes: number;
  headOf: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Float64Array;
  cost: Float64Array;
}

/**
 * Makes the potentials a dual of the problem where the amount of flow is free: adds the return arc t → s (and
 * s → t when flow was sent) and relaxes until no residual arc has a negative reduced cost (label-correcting, from
 * the Dijkstra potentials, which are already right almost everywhere). It ends because the flow is optimal: the
 * residual network has no negative cycle.
 */
function settleDual(potential: Float64Array, graph: ResidualGraph, flowSent: boolean): void {
  const { source, sink, nodes, headOf, next, to, cap, cost } = graph;
  const queue: number[] = [];
  const queued = new Uint8Array(nodes);
  for (let v = 0; v < nodes; v++) {
    queue.push(v);
    queued[v] = 1;
  }
  const relax = (u: number, v: number, c: number) => {
    if (potential[u] + c < potential[v] - TOLERANCE) {
      potential[v] = potential[u] + c;
      if (!queued[v]) {
        queued[v] = 1;
        queue.push(v);
      }
    }
  };
  for (let k = 0; k < queue.length; k++) {
    const u = queue[k];
    queued[u] = 0;
    for (let a = headOf[u]; a >= 0; a = next[a]) if (cap[a] > 0) relax(u, to[a], cost[a]);
    if (u === sink) relax(sink, source, 0);
    if (u === source && flowSent) relax(source, sink, 0);
  }
}

/** A binary heap of (node, key) allowing duplicates (stale entries are skipped by the caller). */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(max(16, capacity));
    this.keys = new Float64Array(max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) {
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.nodes[k] = this.nodes[parent];
      this.keys[k] = this.keys[parent];
      k = parent;
    }
    this.nodes[k] = node;
    this.keys[k] = key;
  }

  pop(): number {
    const top = this.nodes[0];
    const lastNode = this.nodes[--this.size];
    const lastKey = this.keys[this.size];
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= lastKey) break;
      this.nodes[k] = this.nodes[child];
      this.keys[k] = this.keys[child];
      k = child;
    }
    this.nodes[k] = lastNode;
    this.keys[k] = lastKey;
    return top;
  }
}
