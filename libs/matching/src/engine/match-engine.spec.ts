import { MoveType, MoveTypeWanted } from '@kakehashi/offers';
import { DEFAULT_MATCHING_SETTINGS } from './factor-weights';
import { MatchEngine } from './match-engine';
import type { ReceivingProfile } from './match-profile';
import { feasibleMoveTypes } from './move-types';
import { receivingProfile, sendingProfile, skill } from './__tests__/profile-builders';
import { TEST_REFERENCE } from './__tests__/reference.fixture';

const sender = sendingProfile({
  id: 's-1',
  occupationCode: 'K',
  homePrefectureCode: '13',
  moveType: MoveTypeWanted.EITHER,
  text: '倉庫での入出荷とフォークリフト作業',
  skills: [skill('フォークリフト運転技能者', 'LICENCE')],
  desiredPeriodMonths: 6,
});

/** Receivers that differ in one thing each from an otherwise identical warehouse job in Tokyo. */
function warehouses() {
  const base = {
    occupationCode: 'K',
    workplacePrefectureCode: '13',
    text: '倉庫での入出荷とフォークリフト作業',
    requiredSkills: [skill('フォークリフト運転技能者', 'LICENCE')],
    periodMonths: 6,
  };
  return [
    receivingProfile({ id: 'r-tokyo-b', ...base }),
    receivingProfile({ id: 'r-tokyo-a', ...base }),
    receivingProfile({ id: 'r-kanagawa', ...base, workplacePrefectureCode: '14' }),
    receivingProfile({ id: 'r-osaka', ...base, workplacePrefectureCode: '27' }),
    receivingProfile({ id: 'r-transfer', ...base, acceptsSecondment: false, acceptsTransfer: true }),
    receivingProfile({ id: 'r-production', ...base, occupationCode: 'H' }),
  ];
}

function engineWith(): MatchEngine {
  const engine = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);
  warehouses().forEach((r) => engine.upsertReceiving(r));
  return engine;
}

const ids = (engine: MatchEngine, options?: Parameters<MatchEngine['topReceivingFor']>[2]) =>
  engine.topReceivingFor(sender, 10, options).items.map((x) => x.id);

describe('MatchEngine', () => {
  it('ranks best first, breaking equal scores by id ascending', () => {
    const engine = engineWith();
    const top = engine.topReceivingFor(sender, 10);
    expect(top.items.slice(0, 3).map((x) => x.id)).toEqual(['r-tokyo-a', 'r-tokyo-b', 'r-transfer']);
    expect(top.items[0].score).toBe(top.items[1].score);
    expect(top.items.map((x) => x.id).slice(3)).toEqual(['r-kanagawa', 'r-production', 'r-osaka']);
    expect(top.boundOnOthers).toBe(0);
    expect(engine.topReceivingFor(sender, 2).boundOnOthers).toBeGreaterThanOrEqual(top.items[2].score);
  });

  it('applies filters and excluded ids before ranking', () => {
    const engine = engineWith();
    expect(ids(engine, { filters: { prefectureCodes: ['14', '27'] } })).toEqual(['r-kanagawa', 'r-osaka']);
    expect(ids(engine, { filters: { regions: ['近畿'] } })).toEqual(['r-osaka']);
    expect(ids(engine, { filters: { moveType: MoveType.TRANSFER } })).toEqual(['r-transfer']);
    expect(ids(engine, { filters: { occupationCodes: ['H'] } })).toEqual(['r-production']);
    const third = engine.topReceivingFor(sender, 3).items[2].score;
    expect(ids(engine, { filters: { minScore: third } })).toEqual(['r-tokyo-a', 'r-tokyo-b', 'r-transfer']);
    expect(ids(engine, { excludeIds: new Set(['r-tokyo-a', 'r-transfer']) })).toEqual([
      'r-tokyo-b',
      'r-kanagawa',
      'r-production',
      'r-osaka',
    ]);
    expect(ids(engine, { filters: { prefectureCodes: [] } })).toHaveLength(6);
  });

  it('ranks under borrowed settings for a preview, then ranks under its own again', () => {
    const engine = engineWith();
    const own = ids(engine);
    // Region alone: the Tokyo jobs first, then Kanagawa (same region), Osaka last, whatever else differs.
    const regionOnly = {
      ...DEFAULT_MATCHING_SETTINGS,
      weights: Object.fromEntries(
        Object.keys(DEFAULT_MATCHING_SETTINGS.weights).map((key) => [key, key === 'REGION' ? 1 : 0]),
      ) as typeof DEFAULT_MATCHING_SETTINGS.weights,
    };
    const borrowed = engine.withSettings(regionOnly, () => engine.topReceivingFor(sender, 10).items);
    expect(borrowed.map((x) => x.id)).toEqual([
      'r-production',
      'r-tokyo-a',
      'r-tokyo-b',
      'r-transfer',
      'r-kanagawa',
      'r-osaka',
    ]);
    expect(borrowed[0].score).toBe(1);
    expect(ids(engine)).toEqual(own);
    expect(() =>
      engine.withSettings(regionOnly, () => {
        throw new Error('query failed');
      }),
    ).toThrow();
    expect(ids(engine)).toEqual(own);
  });

  it('excludes pairs by the hard rules: move type and the sender’s acceptable prefectures', () => {
    const engine = engineWith();
    expect(engine.topReceivingFor({ ...sender, moveType: MoveTypeWanted.SECONDMENT }, 10).items).toHaveLength(
      5,
    );
    expect(
      engine
        .topReceivingFor({ ...sender, acceptablePrefectureCodes: ['14', '27'] }, 10)
        .items.map((x) => x.id),
    ).toEqual(['r-kanagawa', 'r-osaka']);
    expect(engine.score({ ...sender, moveType: MoveTypeWanted.SECONDMENT }, warehouses()[4])).toBeNull();
  });

  it('never pairs a company with itself, in either direction, in the baseline too, and says why', () => {
    const engine = engineWith();
    const own = { ...sender, companyId: 'company-r-tokyo-a' };
    const ids = (k: number) => engine.topReceivingFor(own, k).items.map((x) => x.id);
    expect(ids(10)).not.toContain('r-tokyo-a');
    expect(ids(10)).toHaveLength(5);
    expect(engine.exhaustiveReceivingFor(own, 10).items.map((x) => x.id)).toEqual(ids(10));
    const tokyoA = warehouses()[1];
    expect(engine.score(own, tokyoA)).toBeNull();
    expect(engine.explain(own, tokyoA)).toEqual({ excluded: expect.stringContaining('同じ企業') });

    engine.upsertSending(own);
    expect(engine.topSendingFor(tokyoA, 10).items.map((x) => x.id)).not.toContain(own.id);
    expect(engine.topSendingFor(warehouses()[0], 10).items.map((x) => x.id)).toContain(own.id);
  });

  it('keeps the index up to date on upsert and remove, and drops offers with nobody left', () => {
    const engine = engineWith();
    expect(engine.receivingCount).toBe(6);
    engine.upsertReceiving(
      receivingProfile({ id: 'r-osaka', occupationCode: 'K', workplacePrefectureCode: '13' }),
    );
    expect(engine.receivingCount).toBe(6);
    expect(engine.getReceiving('r-osaka')?.workplacePrefectureCode).toBe('13');
    engine.removeReceiving('r-tokyo-a');
    engine.upsertReceiving({ ...(engine.getReceiving('r-tokyo-b') as ReceivingProfile), people: 0 });
    expect(engine.receivingCount).toBe(4);
    expect(engine.getReceiving('r-tokyo-a')).toBeUndefined();
    expect(ids(engine)).not.toContain('r-tokyo-b');
    engine.upsertSending(sender);
    expect(engine.sendingCount).toBe(1);
    expect(engine.getSending('s-1')).toBe(sender);
    engine.removeSending('s-1');
    expect(engine.sendingCount).toBe(0);
  });

  it('ranks sending profiles for a receiving offer the same way', () => {
    const engine = new MatchEngine(TEST_REFERENCE, DEFAULT_MATCHING_SETTINGS);
    engine.upsertSending(sender);
    engine.upsertSending({ ...sender, id: 's-2', skills: [] });
    engine.upsertSending({ ...sender, id: 's-3', homePrefectureCode: '14' });
    engine.upsertSending({ ...sender, id: 's-4', moveType: MoveTypeWanted.TRANSFER });
    const receiver = warehouses()[0];
    const top = engine.topSendingFor(receiver, 10);
    expect(top.items.map((x) => x.id)).toEqual(['s-1', 's-3', 's-2']);
    expect(top.items).toEqual(engine.exhaustiveSendingFor(receiver, 10).items);
  });

  it('treats rows with NULL lists and text as missing data, not errors', () => {
    const engine = engineWith();
    const nulls = { skills: null, conditions: null, acceptablePrefectureCodes: null, text: null };
    const bare = { ...sender, ...nulls } as unknown as typeof sender;
    const top = engine.topReceivingFor(bare, 3);
    expect(top.items).toHaveLength(3);
    const explanation = engine.explain(bare, warehouses()[0]);
    expect('score' in explanation && explanation.score).toBe(top.items[0].score);
  });

  it('tells which kinds of move a pair can be', () => {
    const both = receivingProfile({ id: 'r', acceptsSecondment: true, acceptsTransfer: true });
    expect(feasibleMoveTypes({ moveType: MoveTypeWanted.EITHER }, both)).toEqual([
      MoveType.SECONDMENT,
      MoveType.TRANSFER,
    ]);
    expect(
      feasibleMoveTypes({ moveType: MoveTypeWanted.TRANSFER }, { ...both, acceptsTransfer: false }),
    ).toEqual([]);
  });
});
