// Property test: the pruned top-k equals an exhaustive scoring of every pair (same ids, same order, same score
// bits), in both directions, with filters, excluded ids, changed settings and an index that was edited; and
// boundOnOthers really bounds everything eligible that was left out.
import { MoveType } from '@kakehashi/offers';
import { DEFAULT_FACTOR_WEIGHTS, DEFAULT_MATCHING_SETTINGS, type MatchingSettings } from './factor-weights';
import type { TopOptions } from './match-index.contract';
import { MatchEngine } from './match-engine';
import type { ReceivingProfile, SendingProfile } from './match-profile';
import { TEST_REFERENCE } from './__tests__/reference.fixture';
import { Rng, syntheticReceiving, syntheticSending } from './__tests__/synthetic-profiles';

function randomOptions(rng: Rng, candidateIds: string[]): TopOptions {
  const filters: TopOptions['filters'] = {};
  if (rng.chance(0.25))
    filters.prefectureCodes = rng.sample(['13', '14', '27', '01', '47', '11'], rng.int(1, 3));
  if (rng.chance(0.15)) filters.regions = [rng.pick(['関東', '近畿', '北海道', '九州・沖縄'])];
  if (rng.chance(0.25)) filters.moveType = rng.pick([MoveType.SECONDMENT, MoveType.TRANSFER]);
  if (rng.chance(0.2)) filters.occupationCodes = rng.sample(['C', 'H', 'I', 'K', 'L', 'A'], rng.int(1, 3));
  if (rng.chance(0.25)) filters.minScore = 0.55 + rng.float() * 0.3;
  const excludeIds = rng.chance(0.4) ? new Set(rng.sample(candidateIds, rng.int(1, 8))) : undefined;
  return { filters, excludeIds };
}

function checkDirection<P>(
  rng: Rng,
  queries: P[],
  top: (p: P, k: number, o: TopOptions) => ReturnType<MatchEngine['topReceivingFor']>,
  exhaustive: (p: P, k: number, o: TopOptions) => ReturnType<MatchEngine['topReceivingFor']>,
): { nonEmpty: number; ties: number } {
  let nonEmpty = 0;
  let ties = 0;
  for (const q of queries) {
    const k = rng.pick([1, 3, 10, 25, 40]);
    const all = exhaustive(q, Number.MAX_SAFE_INTEGER, {});
    const options = randomOptions(
      rng,
      all.items.slice(0, 30).map((x) => x.id),
    );
    const fast = top(q, k, options);
    const full = exhaustive(q, Number.MAX_SAFE_INTEGER, options);
    // Same ids, same order, same bits (toEqual compares numbers with Object.is).
    expect(fast.items).toEqual(full.items.slice(0, k));
    const best = full.items[k];
    if (best) expect(fast.boundOnOthers).toBeGreaterThanOrEqual(best.score);
    expect(fast.boundOnOthers).toBeLessThanOrEqual(1);
    if (fast.items.length > 0) nonEmpty++;
    for (let i = 1; i < fast.items.length; i++) if (fast.items[i].score === fast.items[i - 1].score) ties++;
  }
  return { nonEmpty, ties };
}

function buildEngine(settings: MatchingSettings, seed: number) {
  const rng = new Rng(seed);
  const receiving = syntheticReceiving(rng, 2500, { ties: true });
  const sending = syntheticSending(rng, 900, { ties: true });
  const engine = new MatchEngine(TEST_REFERENCE, settings);
  receiving.forEach((r) => engine.upsertReceiving(r));
  sending.forEach((s) => engine.upsertSending(s));
  return { engine, receiving, sending, rng };
}

describe('MatchEngine exactness (top-k equals exhaustive scoring)', () => {
  it('agrees for sending queries (receiving offers ranked), with many ties, filters and excluded ids', () => {
    const { engine, sending, rng } = buildEngine(DEFAULT_MATCHING_SETTINGS, 11);
    const fresh = syntheticSending(new Rng(99), 40, { ties: true });
    const stats = checkDirection<SendingProfile>(
      rng,
      [...sending.slice(0, 110), ...fresh],
      (s, k, o) => engine.topReceivingFor(s, k, o),
      (s, k, o) => engine.exhaustiveReceivingFor(s, k, o),
    );
    expect(stats.nonEmpty).toBeGreaterThan(100);
    expect(stats.ties).toBeGreaterThan(100);
  });

  it('agrees for receiving queries (sending profiles ranked)', () => {
    const { engine, receiving, rng } = buildEngine(DEFAULT_MATCHING_SETTINGS, 12);
    const fresh = syntheticReceiving(new Rng(98), 40, { ties: true });
    const stats = checkDirection<ReceivingProfile>(
      rng,
      [...receiving.slice(0, 110), ...fresh],
      (r, k, o) => engine.topSendingFor(r, k, o),
      (r, k, o) => engine.exhaustiveSendingFor(r, k, o),
    );
    expect(stats.nonEmpty).toBeGreaterThan(100);
    expect(stats.ties).toBeGreaterThan(100);
  });

  it('agrees with other weights, missing required skills excluding, and after edits and removals', () => {
    const { engine, receiving, sending, rng } = buildEngine(
      {
        weights: { ...DEFAULT_FACTOR_WEIGHTS, TEXT: 0, REGION: 0.4, WAGE: 0, START: 0.3 },
        excludeMissingRequired: true,
      },
      13,
    );
    // Edit and remove a fifth of each side, so that buckets carry stale extremes until refreshed.
    receiving.slice(0, 500).forEach((r, i) => {
      if (i % 2 === 0) engine.removeReceiving(r.id);
      else engine.upsertReceiving({ ...r, periodMonths: 1, monthlyWage: 900_000, people: 1 + (i % 3) });
    });
    sending.slice(0, 180).forEach((s, i) => {
      if (i % 2 === 0) engine.removeSending(s.id);
      else engine.upsertSending({ ...s, acceptablePrefectureCodes: ['13'], experienceYears: 40 });
    });
    expect(engine.receivingCount).toBe(2250);
    expect(engine.sendingCount).toBe(810);
    checkDirection<SendingProfile>(
      rng,
      sending.slice(150, 260),
      (s, k, o) => engine.topReceivingFor(s, k, o),
      (s, k, o) => engine.exhaustiveReceivingFor(s, k, o),
    );
    checkDirection<ReceivingProfile>(
      rng,
      receiving.slice(450, 560),
      (r, k, o) => engine.topSendingFor(r, k, o),
      (r, k, o) => engine.exhaustiveSendingFor(r, k, o),
    );
  });

  it('gives the same scores as explain, and the same ranking however the index was filled', () => {
    const { engine, receiving, sending } = buildEngine(DEFAULT_MATCHING_SETTINGS, 14);
    const reversed = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);
    [...receiving].reverse().forEach((r) => reversed.upsertReceiving(r));
    for (const s of sending.slice(0, 30)) {
      const top = engine.topReceivingFor(s, 10);
      expect(reversed.topReceivingFor(s, 10).items).toEqual(top.items);
      for (const item of top.items) {
        const explanation = engine.explain(s, engine.getReceiving(item.id) as ReceivingProfile);
        expect('score' in explanation && explanation.score).toBe(item.score);
        expect(engine.score(s, engine.getReceiving(item.id) as ReceivingProfile)).toBe(item.score);
      }
    }
  });

  it('bounds everything when k is 0 and returns nothing', () => {
    const { engine, sending } = buildEngine(DEFAULT_MATCHING_SETTINGS, 15);
    const s = sending[0];
    const none = engine.topReceivingFor(s, 0);
    const all = engine.exhaustiveReceivingFor(s, Number.MAX_SAFE_INTEGER);
    expect(none.items).toEqual([]);
    expect(none.boundOnOthers).toBeGreaterThanOrEqual(all.items[0].score);
  });
});
