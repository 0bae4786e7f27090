// The baseline the API is measured against, in the same run: the same open offers loaded into a MatchEngine in this
// process, and for the same offers every counterpart scored on every factor, no pruning, then sorted. Its top 20 must
// equal what the API returned. Like the API, it never suggests a company's own offers to it (the only exclusion in a
// fresh database: no pair has been dismissed).
import { buildDataSourceOptions } from '@kakehashi/database';
import {
  DEFAULT_MATCHING_SETTINGS,
  MatchEngine,
  MatchProfileLoader,
  type MatchingSettings,
  type ReceivingProfile,
  type SendingProfile,
  type TopOptions,
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

async function currentSettings(dataSource: DataSource): Promise<MatchingSettings> {
  const rows = await dataSource.query<
    { weights: Record<string, number>; exclude_missing_required: boolean }[]
  >(`SELECT "weights", "exclude_missing_required" FROM "matching_settings" WHERE "id" = 1`);
  if (rows.length === 0) return DEFAULT_MATCHING_SETTINGS;
  return {
    weights: { ...DEFAULT_MATCHING_SETTINGS.weights, ...rows[0].weights },
    excludeMissingRequired: rows[0].exclude_missing_required,
  };
}

function compareSide<P extends { companyId: string }>(
  ids: readonly string[],
  profileOf: (id: string) => P | undefined,
  sameCompany: ReadonlyMap<string, ReadonlySet<string>>,
  exhaustive: (p: P, options: TopOptions) => Ranked[],
  pruned: (p: P, options: TopOptions) => Ranked[],
  apiResults: ReadonlyMap<string, Ranked[]>,
): SideBaseline {
  const exhaustiveMs: number[] = [];
  const prunedMs: number[] = [];
  const examples: string[] = [];
  let compared = 0;
  let mismatches = 0;
  let prunedMismatches = 0;
  // Warm-up (JIT), on the same offers: the API was warmed up too before it was timed.
  const optionsFor = (p: P): TopOptions => ({ excludeIds: sameCompany.get(p.companyId) ?? new Set() });
  for (const id of ids.slice(0, 20)) {
    const profile = profileOf(id);
    if (profile) {
      exhaustive(profile, optionsFor(profile));
      pruned(profile, optionsFor(profile));
    }
  }
  for (const id of ids) {
    const profile = profileOf(id);
    if (!profile) throw new Error(`offer ${id} is not in the baseline engine`);
    const options = optionsFor(profile);
    let start = process.hrtime.bigint();
    const expected = exhaustive(profile, options);
    exhaustiveMs.push(msSince(start));
    start = process.hrtime.bigint();
    const fast = pruned(profile, options);
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

function offersByCompany(profiles: readonly { id: string; companyId: string }[]): Map<string, Set<string>> {
  const byCompany = new Map<string, Set<string>>();
  for (const p of profiles) {
    const ids = byCompany.get(p.companyId) ?? new Set<string>();
    ids.add(p.id);
    byCompany.set(p.companyId, ids);
  }
  return byCompany;
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
      entities: [],
      applicationName: 'kakehashi-bench',
    }),
  );
  await dataSource.initialize();
  try {
    const start = process.hrtime.bigint();
    const loader = new MatchProfileLoader(dataSource);
    const [reference, settings, sending, receiving] = await Promise.all([
      loader.loadReference(),
      currentSettings(dataSource),
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
      offersByCompany(receiving),
      (p, options) => engine.exhaustiveReceivingFor(p, first, options).items,
      (p, options) => engine.topReceivingFor(p, first, options).items,
      api.sending,
    );
    log(`  exhaustive receiving-for-sending done (${sendingIds.length})`);
    const receivingSide = compareSide<ReceivingProfile>(
      receivingIds,
      (id) => engine.getReceiving(id),
      offersByCompany(sending),
      (p, options) => engine.exhaustiveSendingFor(p, first, options).items,
      (p, options) => engine.topSendingFor(p, first, options).items,
      api.receiving,
    );
    log(`  exhaustive sending-for-receiving done (${receivingIds.length})`);
    return { loadMs, sending: sendingSide, receiving: receivingSide };
  } finally {
    await dataSource.destroy();
  }
}
