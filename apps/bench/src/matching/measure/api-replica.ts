// One API replica at start and in memory: the match index loads in the background once the API listens, and /health
// answers 200 when it is loaded. The resident memory (from /proc) is what each replica costs at this size.
import { memoryOf, type Child } from '../support/child';
import { msSince } from '../support/stats';

export interface ResidentMemory {
  /** VmRSS. */
  currentMiB: number;
  /** VmHWM: the most the process has held so far. */
  peakMiB: number;
}

export interface ApiReplica {
  /** Spawn → the API's start-up line (it listens; the load does not hold start-up up). */
  listeningMs: number;
  /** Spawn → `/health` answers 200 with the index loaded. */
  readyMs: number;
  /** Whether `/health` was seen answering 503 with the index still loading (at national size it is). */
  sawLoading: boolean;
  /** The load itself, as the API timed it (reported by `/health`). */
  indexLoadMs: number;
  indexed: { sending: number; receiving: number };
  /** Resident memory when `/health` first said ready. */
  whenReady: ResidentMemory;
  /** After the latency run (set by the caller). */
  afterQueries: ResidentMemory | null;
}

interface MatchingHealth {
  status?: string;
  index?: string;
  sending?: number;
  receiving?: number;
  loadMs?: number;
}

export function residentMemory(api: Child): ResidentMemory {
  const memory = memoryOf(api.pid);
  if (!memory) throw new Error(`no /proc/${api.pid}/status: is this Linux, and is the API still running?`);
  return { currentMiB: memory.currentMiB, peakMiB: memory.peakMiB };
}

/** Polls `/health` from the moment the API listens until the index is loaded. `spawnedAt`: hrtime of the spawn. */
export async function waitForReadyReplica(
  baseUrl: string,
  api: Child,
  spawnedAt: bigint,
  listeningMs: number,
  timeoutMs: number,
): Promise<ApiReplica> {
  const deadline = Date.now() + timeoutMs;
  let sawLoading = false;
  let exited: number | null | undefined;
  void api.exited.then((code) => (exited = code));
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`the API exited (${exited}) before it was ready:\n${api.output().slice(-3000)}`);
    }
    const response = await fetch(`${baseUrl}/health`).catch((error: unknown) => error as Error);
    if (response instanceof Error) {
      // A busy machine can refuse or drop a probe: only the deadline ends the wait.
      if (Date.now() > deadline)
        throw new Error(`/health did not answer: ${String(response.cause ?? response)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    const body = (await response.json()) as {
      info?: { matching?: MatchingHealth };
      error?: { matching?: MatchingHealth };
    };
    const matching = body.info?.matching ?? body.error?.matching;
    if (response.status === 200 && matching?.status === 'up') {
      return {
        listeningMs,
        readyMs: msSince(spawnedAt),
        sawLoading,
        indexLoadMs: matching.loadMs ?? NaN,
        indexed: { sending: matching.sending ?? NaN, receiving: matching.receiving ?? NaN },
        whenReady: residentMemory(api),
        afterQueries: null,
      };
    }
    if (matching?.index === 'loading') sawLoading = true;
    if (Date.now() > deadline)
      throw new Error(`/health not ready after ${timeoutMs} ms: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
