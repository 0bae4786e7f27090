// Where a CPU profile's time went, by the package or the part of Kakehashi that ran it: each sample is charged to the
// function on top of the stack (self time), and the function to its file's package (node_modules/<name>), to
// libs/<domain> or apps/<app>, to Node's own code, or to V8's (garbage collection, compiling, idle).

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileShare {
  name: string;
  /** Share of the busy (non-idle) samples. */
  share: number;
}

export interface ProfileSummary {
  /** Busy share of the profiled wall time (the rest the process waited: for the database, the network). */
  busy: number;
  byOwner: ProfileShare[];
  topFunctions: ProfileShare[];
}

/** `node_modules/@nestjs/core/…` → `@nestjs/core`; `libs/identity/src/…` → `libs/identity`; `node:…` → `node`. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? `V8 ${functionName}` : 'V8 (native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const own = /\/((?:libs|apps)\/[^/]+(?:\/[^/]+)?)\/src\//.exec(url);
  if (own) return own[1].replace(/^(libs\/shared\/[^/]+|libs\/[^/]+|apps\/[^/]+).*/, '$1');
  if (url.startsWith('node:') || !url.includes('/')) return 'node (runtime)';
  return 'other';
}

export function summariseProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle++;
      continue;
    }
    busy++;
    const owner = ownerOf(url, functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + 1);
    const where = url ? `${url.replace(/^.*\/(node_modules|libs|apps)\//, '$1/')}:${lineNumber + 1}` : '';
    const label = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    functions.set(label, (functions.get(label) ?? 0) + 1);
  }
  const ranked = (counts: Map<string, number>, limit: number): ProfileShare[] =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, count]) => ({ name, share: busy ? count / busy : 0 }));
  return {
    busy: busy + idle ? busy / (busy + idle) : 0,
    byOwner: ranked(owners, top),
    topFunctions: ranked(functions, top),
  };
}
