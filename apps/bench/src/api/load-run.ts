// One load level against one server: autocannon keeps `connections` requests in flight for `seconds`, while the
// server's own CPU and memory are read from /proc. Every response must be a 200 without GraphQL errors: the first
// and last are checked in full, and every one by its status.
import autocannon from 'autocannon';
import { memoryOf } from '../matching/support/child';
import { openProcessWindow } from './process-usage';

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** The request bodies, used in turn (a ranking is asked for a different offer each time). */
  bodies: string[];
}

export interface LoadResult {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The server's CPU over the run, in cores (1.0 = one core all the time). */
  serverCores: number;
  serverRssMiB: number;
  requests: number;
}

export async function runLoad(
  target: LoadTarget,
  serverPid: number,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  await checkResponse(target, target.bodies[0]);
  let next = 0;
  const window = openProcessWindow(serverPid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: target.bodies[next++ % target.bodies.length] }),
      },
    ],
  });
  const serverCores = window.cores();
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${failed} of ${result.requests.sent} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  }
  await checkResponse(target, target.bodies[next % target.bodies.length]);
  return {
    connections,
    requestsPerSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverCores,
    serverRssMiB: memoryOf(serverPid)?.currentMiB ?? NaN,
    requests: result['2xx'],
  };
}

/** One request in full: a 200 whose body has data and no errors (GraphQL reports refusals with a 200). */
export async function checkResponse(target: LoadTarget, body: string): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body,
  });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || parsed.errors?.length || !parsed.data) {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  }
  return parsed.data;
}
