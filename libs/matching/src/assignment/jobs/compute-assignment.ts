// A run's computation, without the database: candidates from the engine, the solve, the bound, and refinement
// rounds where the bound says more candidates may matter. The processor feeds it what it loaded and stores what it
// returns; benchmarks and tests can call it directly.
import { MatchEngine } from '../../engine';
import type { MatchingSettings } from '../../engine/factor-weights';
import type { ReceivingProfile } from '../../engine/match-profile';
import type { ProposalFloor } from '../../settings/proposal-floor';
import { ASSIGNMENT_ALGORITHM, candidatesFor } from '../assignment-algorithm';
import { AssignmentPhase } from '../assignment-run.entity';
import {
  boundPrimal,
  optimalityGap,
  solvePrimal,
  type AssignmentProblem,
  type AssignmentSolution,
  type SolveMethod,
  type SolverHooks,
} from '../solver';
import type { AssignmentInput } from './assignment-input.loader';
import { CandidateLists } from './candidate-lists';

/** Where the computation reports; each call may yield, and throw to stop it (cancellation). */
export interface ProgressSink {
  enter(phase: AssignmentPhase, percent: number): Promise<void>;
  at(percent: number): Promise<void>;
}

export interface ComputedProposal {
  sendingOfferId: string;
  receivingOfferId: string;
  people: number;
  score: number;
}

export interface ComputedAssignment {
  proposals: ComputedProposal[];
  sendingOfferCount: number;
  receivingOfferCount: number;
  candidatePairCount: number;
  peopleOffered: number;
  peopleWanted: number;
  peopleAssigned: number;
  totalScore: number;
  upperBound: number;
  optimalityGap: number;
  method: SolveMethod;
  /** Refinement rounds run, and sending offers whose candidates they widened (an offer counts once per round). */
  refinement: { rounds: number; offers: number };
  timingsMs: Record<string, number>;
}

/** Sending offers asked of the engine between two progress checks. */
const QUERY_CHUNK = 100;
const UPSERT_CHUNK = 2000;

interface Solved {
  problem: AssignmentProblem;
  solution: AssignmentSolution;
}

export function between(from: number, to: number, fraction: number): number {
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

/** No floor: every allowed pair may be proposed (benchmarks and solver tests of the whole problem). */
export const NO_PROPOSAL_FLOOR: ProposalFloor = { minimumScore: 0, excludeMissingRequired: false };

export async function computeAssignment(
  input: AssignmentInput,
  settings: MatchingSettings,
  progress: ProgressSink,
  floor: ProposalFloor,
): Promise<ComputedAssignment> {
  const timingsMs: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timingsMs[name] = (timingsMs[name] ?? 0) + Math.round(now - clock);
    clock = now;
  };

  await progress.enter(AssignmentPhase.CANDIDATES, 5);
  // Below the floor a pair is no candidate at all: it is neither proposed nor counted in the bound.
  const engine = new MatchEngine(input.reference, {
    weights: settings.weights,
    excludeMissingRequired: settings.excludeMissingRequired || floor.excludeMissingRequired,
  });
  for (let start = 0; start < input.receiving.length; start += UPSERT_CHUNK) {
    for (const r of input.receiving.slice(start, start + UPSERT_CHUNK)) engine.upsertReceiving(r);
    await progress.at(between(5, 10, (start + UPSERT_CHUNK) / input.receiving.length));
  }
  const lists = new CandidateLists(input.sending, input.receiving, input.dismissed, floor.minimumScore);
  for (let start = 0; start < input.sending.length; start += QUERY_CHUNK) {
    const end = Math.min(input.sending.length, start + QUERY_CHUNK);
    for (let i = start; i < end; i++) lists.collect(engine, i, candidatesFor(input.sending[i].people));
    await progress.at(between(10, 50, end / input.sending.length));
  }
  lap('candidates');

  let best = await solveAndBound(lists.build(), progress, [50, 68, 78]);
  lap('solve');
  let upperBound = best.solution.upperBound;
  let latest = best;
  const { rounds: maxRounds, aboveGap, factor, max } = ASSIGNMENT_ALGORITHM.refine;
  const refinement = { rounds: 0, offers: 0 };
  const span = (94 - 78) / maxRounds;
  while (refinement.rounds < maxRounds && optimalityGap(best.solution.total, upperBound) > aboveGap) {
    const chosen = offersToRefine(latest);
    if (!chosen.length) break;
    const from = 78 + refinement.rounds * span;
    await progress.enter(AssignmentPhase.REFINING, from);
    const full = fullTargets(latest, input.receiving);
    for (let n = 0; n < chosen.length; n++) {
      const i = chosen[n];
      // A longer list lowers the bound on what the offer could get elsewhere; a list among the places still free
      // finds where its people can go (similar offers share their first choices, and fill them).
      const k = lists.kOf(i);
      lists.collect(engine, i, Math.min(max, k * factor));
      lists.extend(engine, i, candidatesFor(input.sending[i].people), full);
      if ((n + 1) % QUERY_CHUNK === 0)
        await progress.at(between(from, from + span / 3, (n + 1) / chosen.length));
    }
    lap('refineCandidates');
    latest = await solveAndBound(lists.build(), progress, [
      from + span / 3,
      from + (2 * span) / 3,
      from + span,
    ]);
    lap('refineSolve');
    refinement.rounds++;
    refinement.offers += chosen.length;
    // Every bound holds for the full problem: keep the lowest, and the best assignment.
    upperBound = Math.min(upperBound, latest.solution.upperBound);
    if (latest.solution.total > best.solution.total) best = latest;
  }

  const { problem, solution } = best;
  upperBound = Math.max(upperBound, solution.total);
  const proposals: ComputedProposal[] = [];
  for (let i = 0; i < problem.supplies.length; i++) {
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++) {
      if (solution.flows[e] === 0) continue;
      proposals.push({
        sendingOfferId: input.sending[i].id,
        receivingOfferId: input.receiving[problem.targets[e]].id,
        people: solution.flows[e],
        score: problem.scores[e],
      });
    }
  }
  return {
    proposals,
    sendingOfferCount: input.sending.length,
    receivingOfferCount: input.receiving.length,
    candidatePairCount: problem.targets.length,
    peopleOffered: input.sending.reduce((sum, s) => sum + s.people, 0),
    peopleWanted: input.receiving.reduce((sum, r) => sum + r.people, 0),
    peopleAssigned: solution.peopleAssigned,
    totalScore: solution.total,
    upperBound,
    optimalityGap: optimalityGap(solution.total, upperBound),
    method: solution.method,
    refinement,
    timingsMs,
  };
}

async function solveAndBound(
  problem: AssignmentProblem,
  progress: ProgressSink,
  [solveFrom, boundFrom, boundTo]: [number, number, number],
): Promise<Solved> {
  const hooks = (from: number, to: number): SolverHooks => ({
    checkpoint: (fraction) => progress.at(between(from, to, fraction)),
  });
  const options = {
    exactWorkLimit: ASSIGNMENT_ALGORITHM.exactWorkLimit,
    relativeEpsilon: ASSIGNMENT_ALGORITHM.relativeEpsilon,
  };
  await progress.enter(AssignmentPhase.SOLVING, solveFrom);
  const primal = await solvePrimal(problem, options, hooks(solveFrom, boundFrom));
  await progress.enter(AssignmentPhase.BOUNDING, boundFrom);
  const solution = await boundPrimal(problem, primal, options, hooks(boundFrom, boundTo));
  await progress.at(boundTo);
  return { problem, solution };
}

/**
 * Sending offers with people left unassigned that might place them outside their candidates (boundOnOthers > 0),
 * most promising first (people left × that bound), at most a share of all.
 */
function offersToRefine({ problem, solution }: Solved): number[] {
  const { maxShareOfOffers } = ASSIGNMENT_ALGORITHM.refine;
  const scored: { i: number; weight: number }[] = [];
  for (let i = 0; i < problem.supplies.length; i++) {
    if (problem.boundOnOthers[i] <= 0) continue;
    let sent = 0;
    for (let e = problem.offsets[i]; e < problem.offsets[i + 1]; e++) sent += solution.flows[e];
    const left = problem.supplies[i] - sent;
    if (left > 0) scored.push({ i, weight: left * problem.boundOnOthers[i] });
  }
  scored.sort((x, y) => y.weight - x.weight || x.i - y.i);
  return scored.slice(0, Math.ceil(maxShareOfOffers * problem.supplies.length)).map((s) => s.i);
}

/** Receiving offers the solution fills completely. */
function fullTargets({ problem, solution }: Solved, receiving: readonly ReceivingProfile[]): Set<string> {
  const received = new Int32Array(problem.demands.length);
  problem.targets.forEach((j, e) => (received[j] += solution.flows[e]));
  const full = new Set<string>();
  received.forEach((n, j) => {
    if (n > 0 && n >= problem.demands[j]) full.add(receiving[j].id);
  });
  return full;
}
