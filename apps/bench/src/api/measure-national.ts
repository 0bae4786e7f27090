// The ranking at national size: the generated offers loaded beside the demo data, the API started afresh (its match
// index loads at start), then the first ranking once /health says ready, rankings one at a time, and under load.
import { DEMO_PASSWORD } from '@kakehashi/platform';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateNationalData } from '../matching/generator/generate-national-data';
import { Random } from '../matching/generator/random';
import { readReference, withClient, type BenchDatabase } from '../matching/load/bench-database';
import { bulkLoad } from '../matching/load/bulk-load';
import { memoryOf } from '../matching/support/child';
import { startBenchApi } from './bench-api-process';
import {
  measureLevels,
  profileLoad,
  rankOneAtATime,
  residentMiB,
  signIn,
  type OneAtATime,
  type ScenarioResult,
} from './measure-api';
import type { ProfiledRun } from './measure-product';
import { body, MATCHES_FOR_SENDING_OFFER } from './scenarios';

export interface NationalFigures {
  sending: number;
  receiving: number;
  /** API start to /health 200 (the index loaded). */
  readyMs: number;
  residentMiBWhenReady: number;
  oneAtATime: OneAtATime;
  underLoad: ScenarioResult;
  residentMiBAtEnd: number;
  peakResidentMiB: number;
  /** The ranking one request at a time under the profiler (the target is for one at a time). */
  profile: ProfiledRun | null;
}

interface Options {
  sending: number;
  receiving: number;
  queries: number;
  seed: number;
  today: string;
  seconds: number;
  connections: number[];
  redisUrl: string;
  profile: boolean;
}

async function loadNationalData(database: BenchDatabase, options: Options): Promise<string[]> {
  return withClient(database.url, async (client) => {
    const reference = await readReference(client);
    const data = generateNationalData({
      seed: options.seed,
      sending: options.sending,
      receiving: options.receiving,
      today: options.today,
      prefectures: reference.prefectures,
      skills: reference.skills,
    });
    await bulkLoad(client, data, () => undefined);
    return new Random(options.seed, 'queries').sample(
      data.sending.map((offer) => offer.id),
      options.queries + 1,
    );
  });
}

export async function measureNationalRanking(
  database: BenchDatabase,
  workDir: string,
  options: Options,
  log: (line: string) => void,
): Promise<NationalFigures> {
  const offerIds = await loadNationalData(database, options);
  log('starting the API on national data…');
  const profileFile = options.profile ? path.join(workDir, 'api-national.cpuprofile') : undefined;
  const { api, readyMs } = await startBenchApi(
    database,
    options.redisUrl,
    path.join(workDir, 'api-national.log'),
    profileFile,
  );
  try {
    const residentMiBWhenReady = residentMiB(api.pid);
    log(
      `ready in ${readyMs} ms (${residentMiBWhenReady.toFixed(0)} MiB); ${offerIds.length} rankings one at a time…`,
    );
    const token = await signIn(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    const target = {
      url: `${api.url}/graphql`,
      headers: { authorization: `Bearer ${token}` },
      bodies: offerIds.map((id) => body(MATCHES_FOR_SENDING_OFFER, { id })),
    };
    const oneAtATime = await rankOneAtATime(target);
    const levels = { connections: options.connections, seconds: options.seconds };
    const underLoad = await measureLevels('matches', target, api, levels, log);
    const memory = memoryOf(api.pid);
    let profile: ProfiledRun | null = null;
    if (profileFile) {
      const profiled = `\`matchesForSendingOffer(first: 20)\` one at a time for ${options.seconds} s`;
      log(`profiling ${profiled}…`);
      profile = { profiled, profile: await profileLoad(api, profileFile, target, 1, options.seconds) };
      fs.renameSync(profileFile, path.join(workDir, 'matches.cpuprofile'));
    }
    return {
      sending: options.sending,
      receiving: options.receiving,
      readyMs,
      residentMiBWhenReady,
      oneAtATime,
      underLoad,
      residentMiBAtEnd: memory?.currentMiB ?? NaN,
      peakResidentMiB: memory?.peakMiB ?? NaN,
      profile,
    };
  } finally {
    await api.stop();
  }
}
