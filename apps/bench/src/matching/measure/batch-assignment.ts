// Whole-country batch assignment as an HQ coordinator starts it: the mutation through the API, the run executed by
// the worker process over BullMQ, polled until it completes. The worker's peak resident memory is read from /proc.
import { memoryOf, type Child } from '../support/child';
import type { GraphqlClient } from '../support/graphql';
import { msSince } from '../support/stats';

const RUN_FIELDS = `id status phase progress sendingOfferCount receivingOfferCount candidatePairCount
  peopleOffered peopleAssigned totalScore upperBound optimalityGap startedAt finishedAt error`;

export const START_COUNTRY_RUN = `
  mutation BenchStartAssignmentRun {
    startAssignmentRun(input: { scope: COUNTRY }) { ${RUN_FIELDS} }
  }`;

export const ASSIGNMENT_RUN = `
  query BenchAssignmentRun($id: ID!) {
    assignmentRun(id: $id) { ${RUN_FIELDS} }
  }`;

export interface AssignmentRunState {
  id: string;
  status: string;
  phase: string;
  progress: number;
  sendingOfferCount: number | null;
  receivingOfferCount: number | null;
  candidatePairCount: number | null;
  peopleOffered: number | null;
  peopleAssigned: number | null;
  totalScore: number | null;
  upperBound: number | null;
  optimalityGap: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
}

export interface BatchResult {
  run: AssignmentRunState;
  /** From the mutation to the first poll that saw the run finished (polled every 250 ms). */
  wallMs: number;
  /** The worker's resident-memory high-water mark (VmHWM), MiB; includes its idle footprint. */
  workerPeakMiB: number;
  /** The worker's resident memory before the run, MiB. */
  workerIdleMiB: number;
}

const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

export async function measureBatchAssignment(
  client: GraphqlClient,
  worker: Child,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<BatchResult> {
  const idle = memoryOf(worker.pid);
  const start = process.hrtime.bigint();
  const started = await client.request<{ startAssignmentRun: AssignmentRunState }>(START_COUNTRY_RUN);
  let run = started.startAssignmentRun;
  let lastLine = '';
  let peak = idle?.peakMiB ?? NaN;
  while (!FINISHED.has(run.status)) {
    if (msSince(start) > timeoutMs)
      throw new Error(`assignment run ${run.id} not finished after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    run = (await client.request<{ assignmentRun: AssignmentRunState }>(ASSIGNMENT_RUN, { id: run.id }))
      .assignmentRun;
    const memory = memoryOf(worker.pid);
    if (memory) peak = Math.max(peak, memory.peakMiB);
    const line = `  run ${run.status} ${run.phase} ${run.progress}%  (worker RSS ${memory?.currentMiB.toFixed(0) ?? '?'} MiB)`;
    if (line !== lastLine) log(line);
    lastLine = line;
  }
  const wallMs = msSince(start);
  const memory = memoryOf(worker.pid);
  if (memory) peak = Math.max(peak, memory.peakMiB);
  if (run.status !== 'COMPLETED')
    throw new Error(`assignment run ${run.id} ended ${run.status}: ${run.error ?? ''}`);
  return { run, wallMs, workerPeakMiB: peak, workerIdleMiB: idle?.currentMiB ?? NaN };
}
