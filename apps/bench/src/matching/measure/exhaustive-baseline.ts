// The baseline the API is measured against, in the same run: the same open offers loaded into a MatchEngine in this
// process, and for the same offers every counterpart scored on every factor, no pruning, then sorted. Its top 20 must
// equal what the API returned (a fresh database has no dismissed pair to exclude).
import { buildDataSourceOptions } from '@kakehashi/database';
import {
  MatchEngine,
  MatchingSettingsEntity,
  MatchingSettingsService,
  MatchProfileLoader,
  type ReceivingProfile,
  type SendingProfile,
} from '@kakehashi/matching';
import { DataSource } from 'typeorm';
import { msSince, summarise, type LatencySummary } from '../support/stats';
import { rankingDifference, type Ranked } from './ranking';

export interface SideBaseline {
  exhaustive: LatencySummary;
  /** The engine's pruned search in this process, without HTTP or explanations: where the API's time goes. */
  pruned: LatencySummary;
  compared: number;
  /** Lists where the API's top 20 differ from the exhaustive baseline's. */
  mismatches: number;
  /** Lists where the engine's pruned search in this process differs from the baseline (tells engine from API). */
  prunedMismatches: number;
  /** The first few differences, to show when mismatches > 0. */
  examples: string[];
}

export interface ExhaustiveBaseline {
  loadMs: number;
  sending: SideBaseline;
  receiving: SideBaseline;
}

function compareSide<P>(
  ids: readonly string[],
  profileOf: (id: string) => P | undefined,
  exhaustive: (p: P) => Ranked[],
  pruned: (p: P) => Ranked[],
  apiResults: ReadonlyMap<string, Ranked[]>,
): SideBaseline {
  const exhaustiveMs: number[] = [];
  const prunedMs: number[] = [];
  const examples: string[] = [];
  let compared = 0;
  let mismatches = 0;
  let prunedMismatches = 0;
  // Warm-up (JIT), on the same offers: the API was warmed up too before it was timed.
  for (const id of ids.slice(0, 20)) {
    const profile = profileOf(id);
    if (profile) {
      exhaustive(profile);
      pruned(profile);
    }
  }
  for (const id of ids) {
    const profile = profileOf(id);
    if (!profile) throw new Error(`offer ${id} is not in the baseline engine`);
    let start = process.hrtime.bigint();
    const expected = exhaustive(profile);
    exhaustiveMs.push(msSince(start));
    start = process.hrtime.bigint();
    const fast = pruned(profile);
    prunedMs.push(msSince(start));
    const inProcess = rankingDifference(expected, fast);
    if (inProcess) {
      prunedMismatches++;
      if (examples.length < 5) examples.push(`${id} (engine, in process): ${inProcess}`);
    }
    const fromApi = apiResults.get(id);
    if (!fromApi) continue;
    compared++;
    const difference = rankingDifference(expected, fromApi);
    if (difference) {
      mismatches++;
      if (examples.length < 5) examples.push(`${id} (API): ${difference}`);
    }
  }
  return {
    exhaustive: summarise(exhaustiveMs),
    pruned: summarise(prunedMs),
    compared,
    mismatches,
    prunedMismatches,
    examples,
  };
}

export async function measureExhaustiveBaseline(
  databaseUrl: string,
  sendingIds: readonly string[],
  receivingIds: readonly string[],
  first: number,
  api: { sending: ReadonlyMap<string, Ranked[]>; receiving: ReadonlyMap<string, Ranked[]> },
  log: (line: string) => void,
): Promise<ExhaustiveBaseline> {
  const dataSource = new DataSource(
    buildDataSourceOptions({
      url: databaseUrl,
      poolSize: 2,
      entities: [MatchingSettingsEntity],
      applicationName: 'kakehashi-bench',
    }),
  );
  await dataSource.initialize();
  try {
    const start = process.hrtime.bigint();
    const loader = new MatchProfileLoader(dataSource);
    const [reference, settings, sending, receiving] = await Promise.all([
      loader.loadReference(),
      new MatchingSettingsService(dataSource.getRepository(MatchingSettingsEntity)).current(),
      loader.loadSending(),
      loader.loadReceiving(),
    ]);
    const engine = new MatchEngine(reference, settings);
    sending.forEach((p) => engine.upsertSending(p));
    receiving.forEach((p) => engine.upsertReceiving(p));
    const loadMs = msSince(start);
    log(`baseline engine loaded ${sending.length} + ${receiving.length} offers in ${loadMs.toFixed(0)} ms`);
    const sendingSide = compareSide<SendingProfile>(
      sendingIds,
      (id) => engine.getSending(id),
      (p) => engine.exhaustiveReceivingFor(p, first).items,
      (p) => engine.topReceivingFor(p, first).items,
      api.sending,
    );
    log(`  exhaustive receiving-for-sending done (${sendingIds.length})`);
    const receivingSide = compareSide<ReceivingProfile>(
      receivingIds,
      (id) => engine.getReceiving(id),
      (p) => engine.exhaustiveSendingFor(p, first).items,
      (p) => engine.topSendingFor(p, first).items,
      api.receiving,
    );
    log(`  exhaustive sending-for-receiving done (${receivingIds.length})`);
    return { loadMs, sending: sendingSide, receiving: receivingSide };
  } finally {
    await dataSource.destroy();
  }
}
