// The API and the worker run as child processes, exactly as deployed (node + swc on the app's main.ts), so the
// benchmark measures them over real HTTP and Redis, and the worker's memory is its own.
import { run, type Spawned } from '@kakehashi/testing';
import * as fs from 'node:fs';

export { freePort, WORKSPACE_ROOT } from '@kakehashi/testing';

export type Child = Spawned;

/** `node -r @swc-node/register <entry>` from the workspace root, in its own process group. */
export function startNodeApp(entry: string, env: Record<string, string>): Child {
  return run(
    process.execPath,
    ['-r', '@swc-node/register', entry],
    { SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
    {
      keepOutputChars: 200_000,
    },
  );
}

/** Peak and current resident memory of a process, from /proc (Linux), in MiB. */
export function memoryOf(pid: number): { peakMiB: number; currentMiB: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMiB: kib('VmHWM') / 1024, currentMiB: kib('VmRSS') / 1024 };
  } catch {
    return null;
  }
}
