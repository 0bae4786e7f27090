// The API on the demo data: the smallest operations and a consultant's lists, each at every connection count, then
// one profiled run each of the companies list and the board (the two furthest from their targets).
import { DEMO_PASSWORD } from '@kakehashi/platform';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BenchDatabase } from '../matching/load/bench-database';
import { startBenchApi } from './bench-api-process';
import type { LoadTarget } from './load-run';
import { measureLevels, profileLoad, residentMiB, signIn, type ScenarioResult } from './measure-api';
import type { ProfileSummary } from './profile/summarise-profile';
import { body, CASE_BOARD, COMPANIES, ME, SENDING_OFFERS, TYPENAME, type Scenario } from './scenarios';

export interface ProfiledRun {
  /** What was profiled, in words. */
  profiled: string;
  profile: ProfileSummary;
}

export interface ProductFigures {
  scenarios: ScenarioResult[];
  profiles: ProfiledRun[];
  residentMiBAtEnd: number;
}

const PROFILED: Scenario['key'][] = ['companies', 'caseBoard'];
const PROFILED_LABELS: Partial<Record<Scenario['key'], string>> = {
  companies: '`companies(first: 20)`',
  caseBoard: '`caseBoard` (perStage 50)',
};

interface Options {
  seconds: number;
  connections: number[];
  profile: boolean;
  redisUrl: string;
}

export async function measureProductLists(
  database: BenchDatabase,
  officeId: string,
  workDir: string,
  options: Options,
  log: (line: string) => void,
): Promise<ProductFigures> {
  const profileFile = options.profile ? path.join(workDir, 'api.cpuprofile') : undefined;
  const { api } = await startBenchApi(database, options.redisUrl, path.join(workDir, 'api.log'), profileFile);
  try {
    const token = await signIn(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    const url = `${api.url}/graphql`;
    const signedIn = { authorization: `Bearer ${token}` };
    const targets: [Scenario['key'], LoadTarget][] = [
      ['typename', { url, headers: {}, bodies: [body(TYPENAME)] }],
      ['me', { url, headers: signedIn, bodies: [body(ME)] }],
      ['companies', { url, headers: signedIn, bodies: [body(COMPANIES)] }],
      [
        'offers',
        {
          url,
          headers: signedIn,
          bodies: [body(SENDING_OFFERS, { first: 20, filter: { owningOfficeId: officeId, status: 'OPEN' } })],
        },
      ],
      ['caseBoard', { url, headers: signedIn, bodies: [body(CASE_BOARD, { officeId, perStage: 50 })] }],
    ];
    const levels = { connections: options.connections, seconds: options.seconds };
    const scenarios: ScenarioResult[] = [];
    for (const [key, target] of targets) scenarios.push(await measureLevels(key, target, api, levels, log));
    const profiles: ProfiledRun[] = [];
    for (const key of profileFile ? PROFILED : []) {
      const profiled = `${PROFILED_LABELS[key]} at 10 connections for ${options.seconds} s`;
      log(`profiling ${profiled}…`);
      fs.rmSync(profileFile as string, { force: true });
      const target = targets.find(([k]) => k === key)?.[1] as LoadTarget;
      profiles.push({
        profiled,
        profile: await profileLoad(api, profileFile as string, target, 10, options.seconds),
      });
      // Kept beside the server logs for a closer look (Chrome DevTools opens a .cpuprofile).
      fs.renameSync(profileFile as string, path.join(workDir, `${key}.cpuprofile`));
    }
    return { scenarios, profiles, residentMiBAtEnd: residentMiB(api.pid) };
  } finally {
    await api.stop();
  }
}
