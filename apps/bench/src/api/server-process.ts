// A server under load runs as its own process, as deployed (node + swc on its main.ts). Its output goes to a file, not
// a pipe the benchmark would have to read while it drives the load: at thousands of requests a second the API's log
// lines would otherwise cost the load generator's core.
import { WORKSPACE_ROOT } from '@kakehashi/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';

export interface ServerProcess {
  pid: number;
  url: string;
  /** The last `chars` characters it printed. */
  tail(chars?: number): string;
  signal(name: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export interface ServerStart {
  entry: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** A module loaded before the entry (after swc), such as the profiler's switch. */
  preload?: string;
  /** The path that answers 200 once the server is ready. */
  readyPath: string;
  /** A GraphQL body the ready check may POST instead (the anchor has no health endpoint). */
  readyBody?: string;
  timeoutMs: number;
}

export async function startServer(start: ServerStart): Promise<ServerProcess> {
  const out = fs.openSync(start.logFile, 'w');
  const preload = start.preload ? ['-r', start.preload] : [];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...preload, start.entry], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...start.env, PORT: String(start.port) },
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${start.entry}`);
  const url = `http://127.0.0.1:${start.port}`;
  const server: ServerProcess = {
    pid: child.pid,
    url,
    tail: (chars = 4000) => fs.readFileSync(start.logFile, 'utf8').slice(-chars),
    signal: (name) => process.kill(child.pid as number, name),
    stop: () => stopProcess(child),
  };
  try {
    await waitUntilReady(child, url + start.readyPath, start.readyBody, start.timeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}; its output:\n${server.tail()}`);
  }
  return server;
}

async function waitUntilReady(child: ChildProcess, url: string, body: string | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited (${child.exitCode})`);
    const ok = await fetch(
      url,
      body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body } : {},
    )
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** SIGTERM to the process group, SIGKILL after 10 s. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const pid = child.pid;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
