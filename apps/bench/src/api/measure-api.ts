// The measurements of `npm run bench:api`, each against a server process started for it.
import { freePort } from '@kakehashi/testing';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { memoryOf } from '../matching/support/child';
import { msSince, summarise, type LatencySummary } from '../matching/support/stats';
import { ANCHOR_QUERY } from './anchor/anchor.module';
import { checkResponse, runLoad, type LoadResult, type LoadTarget } from './load-run';
import { summariseProfile, type CpuProfile, type ProfileSummary } from './profile/summarise-profile';
import { body, type Scenario } from './scenarios';
import { startServer, type ServerProcess } from './server-process';

export interface Levels {
  connections: number[];
  seconds: number;
}

export interface ScenarioResult {
  key: Scenario['key'];
  runs: LoadResult[];
}

type Log = (line: string) => void;

/** Each level after a warm-up at the highest one (V8 optimises the hot paths, pools fill). */
export async function measureLevels(
  key: Scenario['key'],
  target: LoadTarget,
  server: ServerProcess,
  levels: Levels,
  log: Log,
): Promise<ScenarioResult> {
  await runLoad(target, server.pid, Math.max(...levels.connections), Math.min(2, levels.seconds));
  const runs: LoadResult[] = [];
  for (const connections of levels.connections) {
    const result = await runLoad(target, server.pid, connections, levels.seconds);
    log(
      `  ${key} × ${connections}: ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.serverCores.toFixed(2)} cores`,
    );
    runs.push(result);
  }
  return { key, runs };
}

export async function measureAnchor(workDir: string, levels: Levels, log: Log): Promise<ScenarioResult> {
  const port = await freePort();
  const anchor = await startServer({
    entry: 'apps/bench/src/api/anchor/anchor-main.ts',
    port,
    env: { NODE_ENV: 'production' },
    logFile: path.join(workDir, 'anchor.log'),
    readyPath: '/graphql',
    readyBody: body(ANCHOR_QUERY),
    timeoutMs: 120_000,
  });
  try {
    const target = { url: `${anchor.url}/graphql`, headers: {}, bodies: [body(ANCHOR_QUERY)] };
    return await measureLevels('anchor', target, anchor, levels, log);
  } finally {
    await anchor.stop();
  }
}

/** A bearer token, as a script or the bench's clients sign in. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const data = (await checkResponse(
    { url: `${apiUrl}/graphql`, headers: {}, bodies: [] },
    body('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email, password },
    }),
  )) as { login: { accessToken: string } };
  return data.login.accessToken;
}

/** `seconds` of load on `target` with the API's profiler running (see profile/cpu-profile-switch.ts). */
export async function profileLoad(
  api: ServerProcess,
  profileFile: string,
  target: LoadTarget,
  connections: number,
  seconds: number,
): Promise<ProfileSummary> {
  api.signal('SIGWINCH');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await runLoad(target, api.pid, connections, seconds);
  api.signal('SIGWINCH');
  const deadline = Date.now() + 30_000;
  while (!(fs.existsSync(profileFile) && fs.statSync(profileFile).size > 0)) {
    if (Date.now() > deadline) throw new Error('the API wrote no CPU profile');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  return summariseProfile(JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile);
}

export interface OneAtATime {
  /** The first ranking once /health said ready. */
  firstMs: number;
  latency: LatencySummary;
}

/** Rankings one after another, each for another offer, timed in the client. */
export async function rankOneAtATime(target: LoadTarget): Promise<OneAtATime> {
  let start = process.hrtime.bigint();
  await checkResponse(target, target.bodies[0]);
  const firstMs = msSince(start);
  const samples: number[] = [];
  for (const request of target.bodies.slice(1)) {
    start = process.hrtime.bigint();
    await checkResponse(target, request);
    samples.push(msSince(start));
  }
  return { firstMs, latency: summarise(samples) };
}

export function residentMiB(pid: number): number {
  return memoryOf(pid)?.currentMiB ?? NaN;
}
