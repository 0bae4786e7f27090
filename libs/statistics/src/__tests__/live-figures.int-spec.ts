// Live months counted from a generated data set of known composition, in an office no other test file writes in
// (44, 大分事務所) and fiscal years 2023-2024: offers by received date with the move-type rules, establishments and
// corrections under the sending office, the year a month earlier, regions, and the industry flows built to give the
// published 59.2% and top three.
import { Role } from '@kakehashi/authz';
import { MoveType } from '@kakehashi/offers';
import { monthsBetween, monthsOfFiscalYear } from '../periods/year-month';
import { StatisticsExceptionCode } from '../statistics.exception';
import { StatisticsScopeKind, StatisticsSource } from '../statistics.types';
import {
  establishmentFixture,
  executive,
  insertCompany,
  insertEstablishments,
  insertReceivingOffer,
  insertSendingOffer,
  officeId,
  refusal,
  seededRandom,
  staffUser,
  startStatisticsKit,
  type EstablishmentEvent,
  type SendingMove,
  type StatisticsKit,
} from './statistics-kit';

const OFFICE = '44';
const SEED = 20261121;

interface ExpectedMonth {
  receiving: { SECONDMENT: number; TRANSFER: number; EITHER: number };
  sending: { SECONDMENT: number; TRANSFER: number; EITHER: number };
  secondment: number;
  transfer: number;
}

const blank = (): ExpectedMonth => ({
  receiving: { SECONDMENT: 0, TRANSFER: 0, EITHER: 0 },
  sending: { SECONDMENT: 0, TRANSFER: 0, EITHER: 0 },
  secondment: 0,
  transfer: 0,
});

/** The published slide 08 as a flow matrix: 2,413 people, E→E 985 the only same-industry flow (59.2% crossed). */
const PUBLISHED_LIKE_FLOWS: [string, string, number][] = [
  ['E', 'E', 985],
  ['E', 'R', 93],
  ['H', 'E', 191],
  ['H', 'R', 249],
  ['H', 'I', 261],
  ['H', 'P', 62],
  ['N', 'P', 138],
  ['N', 'K', 28],
  ['A', 'K', 100],
  ['D', 'K', 72],
  ['D', 'L', 28],
  ['G', 'L', 100],
  ['M', 'L', 106],
];

describe('live statistics from a generated data set', () => {
  let kit: StatisticsKit;
  let office: string;
  const expected = new Map<string, ExpectedMonth>();
  const monthOf = (ym: string) => {
    if (!expected.has(ym)) expected.set(ym, blank());
    return expected.get(ym)!;
  };

  beforeAll(async () => {
    kit = await startStatisticsKit({ settings: { liveFrom: '2023-02', currentMonth: '2026-11' } });
    const ds = kit.dataSource;
    office = await officeId(ds, OFFICE);
    const random = seededRandom(SEED);
    const company = await insertCompany(ds, OFFICE);
    const months = monthsBetween('2023-04', '2025-03');
    // Offers: 240 of them, every side and move scope, received on a random day of a random month.
    for (let i = 0; i < 240; i += 1) {
      const ym = random.pick(months);
      const receivedOn = `${ym}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const people = random.int(1, 30);
      const scope = random.pick(['SECONDMENT', 'TRANSFER', 'EITHER'] as const);
      if (random.next() < 0.5) {
        await insertSendingOffer(ds, {
          companyId: company,
          officeId: office,
          receivedOn,
          moveType: scope as SendingMove,
          people,
        });
        monthOf(ym).sending[scope] += people;
      } else {
        await insertReceivingOffer(ds, {
          companyId: company,
          officeId: office,
          receivedOn,
          secondment: scope !== 'TRANSFER',
          transfer: scope !== 'SECONDMENT',
          people,
        });
        monthOf(ym).receiving[scope] += people;
      }
    }
    // Establishments: the published-like secondment flows spread over April 2023 - January 2024 in several events,
    // a correction pair that nets to nothing, transfers, and events of other offices that must not count here.
    const fixture = await establishmentFixture(ds, OFFICE, '13');
    const events: EstablishmentEvent[] = [];
    const flowMonths = monthsBetween('2023-04', '2024-01');
    for (const [s, r, people] of PUBLISHED_LIKE_FLOWS) {
      let left = people;
      while (left > 0) {
        const n = Math.min(left, random.int(1, 60));
        const ym = random.pick(flowMonths);
        events.push({
          ...fixture,
          occurredOn: `${ym}-15`,
          people: n,
          moveType: 'SECONDMENT',
          sendingJsic: s,
          receivingJsic: r,
        });
        monthOf(ym).secondment += n;
        left -= n;
      }
    }
    events.push({
      ...fixture,
      occurredOn: '2023-06-01',
      people: 5,
      moveType: 'SECONDMENT',
      sendingJsic: 'H',
      receivingJsic: 'E',
    });
    events.push({
      ...fixture,
      occurredOn: '2023-07-03',
      people: -5,
      moveType: 'SECONDMENT',
      sendingJsic: 'H',
      receivingJsic: 'E',
    });
    monthOf('2023-06').secondment += 5;
    monthOf('2023-07').secondment -= 5;
    for (let i = 0; i < 40; i += 1) {
      const moveType = random.pick(['SECONDMENT', 'TRANSFER'] as const);
      // Secondments after the flow period (February 2024 on) keep its composition as generated.
      const ym = random.pick(moveType === 'SECONDMENT' ? monthsBetween('2024-02', '2025-03') : months);
      const people = random.int(1, 9);
      // Transfers also in the flow period: the secondment flows must leave them out.
      events.push({
        ...fixture,
        occurredOn: `${ym}-20`,
        people,
        moveType,
        sendingJsic: 'C',
        receivingJsic: 'C',
      });
      if (moveType === 'SECONDMENT') monthOf(ym).secondment += people;
      else monthOf(ym).transfer += people;
      if (people > 3) {
        // A later correction, counted in its own month.
        const later = months[Math.min(months.length - 1, months.indexOf(ym) + 1)];
        events.push({
          ...fixture,
          occurredOn: `${later}-25`,
          people: -2,
          kind: 'CORRECTION',
          moveType,
          sendingJsic: 'C',
          receivingJsic: 'C',
        });
        if (moveType === 'SECONDMENT') monthOf(later).secondment -= 2;
        else monthOf(later).transfer -= 2;
      }
    }
    // Received by Tokyo and sent to Ōita: counted under the sending office (Tokyo), never here.
    const inbound = await establishmentFixture(ds, '13', OFFICE);
    events.push({
      ...inbound,
      occurredOn: '2023-05-10',
      people: 7,
      moveType: 'SECONDMENT',
      sendingJsic: 'E',
      receivingJsic: 'E',
    });
    await insertEstablishments(ds, events);
    await kit.drain.drain();
  });

  afterAll(async () => {
    await kit?.close();
  });

  const receivingUnder = (m: ExpectedMonth, move: MoveType | null) =>
    move === MoveType.SECONDMENT
      ? m.receiving.SECONDMENT + m.receiving.EITHER
      : move === MoveType.TRANSFER
        ? m.receiving.TRANSFER + m.receiving.EITHER
        : m.receiving.SECONDMENT + m.receiving.TRANSFER + m.receiving.EITHER;
  const sendingUnder = (m: ExpectedMonth, move: MoveType | null) =>
    move === MoveType.SECONDMENT
      ? m.sending.SECONDMENT + m.sending.EITHER
      : move === MoveType.TRANSFER
        ? m.sending.TRANSFER + m.sending.EITHER
        : m.sending.SECONDMENT + m.sending.TRANSFER + m.sending.EITHER;

  it.each([null, MoveType.SECONDMENT, MoveType.TRANSFER])(
    'gives each month of the office its receiving, sending and established people (move type %s)',
    async (moveType) => {
      const result = await kit.monthly.monthly(executive(), { fiscalYear: 2024, moveType, officeId: office });
      expect(result.scope).toMatchObject({
        kind: StatisticsScopeKind.OFFICE,
        officeCode: OFFICE,
        label: '大分事務所',
      });
      for (const month of result.months) {
        const want = expected.get(month.yearMonth) ?? blank();
        const before = expected.get(month.previousYear.yearMonth) ?? blank();
        const established =
          moveType === MoveType.SECONDMENT
            ? want.secondment
            : moveType === MoveType.TRANSFER
              ? want.transfer
              : want.secondment + want.transfer;
        expect([month.yearMonth, month.source, month.receiving, month.sending, month.established]).toEqual([
          month.yearMonth,
          StatisticsSource.LIVE,
          receivingUnder(want, moveType),
          sendingUnder(want, moveType),
          established,
        ]);
        expect([month.establishedSecondment, month.establishedTransfer, month.establishedTotal]).toEqual([
          want.secondment,
          want.transfer,
          want.secondment + want.transfer,
        ]);
        expect([month.previousYear.receiving, month.previousYear.establishedSecondment]).toEqual([
          receivingUnder(before, moveType),
          before.secondment,
        ]);
      }
      const sum = (pick: (m: ExpectedMonth) => number) =>
        monthsOfFiscalYear(2024).reduce((total, ym) => total + pick(expected.get(ym) ?? blank()), 0);
      expect(result.total).toMatchObject({
        monthsCovered: 12,
        receiving: sum((m) => receivingUnder(m, moveType)),
        sending: sum((m) => sendingUnder(m, moveType)),
        establishedSecondment: sum((m) => m.secondment),
        establishedTransfer: sum((m) => m.transfer),
      });
    },
  );

  it('counts an offer open to both moves under each filter but once in the total', async () => {
    const all = await kit.annual.annual(executive(), {
      fromFiscalYear: 2023,
      toFiscalYear: 2024,
      officeId: office,
    });
    const sec = await kit.annual.annual(executive(), {
      fromFiscalYear: 2023,
      toFiscalYear: 2024,
      officeId: office,
      moveType: MoveType.SECONDMENT,
    });
    const tra = await kit.annual.annual(executive(), {
      fromFiscalYear: 2023,
      toFiscalYear: 2024,
      officeId: office,
      moveType: MoveType.TRANSFER,
    });
    const either = [...expected.values()].reduce((s, m) => s + m.receiving.EITHER, 0);
    expect(either).toBeGreaterThan(0);
    const total = (r: typeof all) => r.years.reduce((s, y) => s + (y.receiving ?? 0), 0);
    expect(total(sec) + total(tra)).toBe(total(all) + either);
    expect(all.years.map((y) => y.source)).toEqual([StatisticsSource.LIVE, StatisticsSource.LIVE]);
  });

  it('gives a consultant their own office by default, and refuses another office, a region or the country', async () => {
    const consultant = staffUser(Role.CONSULTANT, office);
    const own = await kit.monthly.monthly(consultant, { fiscalYear: 2024 });
    const asExecutive = await kit.monthly.monthly(executive(), { fiscalYear: 2024, officeId: office });
    expect(own).toEqual(asExecutive);
    const tokyo = await officeId(kit.dataSource, '13');
    for (const args of [{ officeId: tokyo }, { region: '九州・沖縄' }]) {
      const refused = await refusal(kit.monthly.monthly(consultant, { fiscalYear: 2024, ...args }));
      expect(refused.code).toBe(StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE);
      expect(refused.message).toMatch(/所属事務所の統計のみ/);
    }
    const flows = await refusal(
      kit.flows.flows(consultant, { from: '2023-04', to: '2024-01', region: '九州・沖縄' }),
    );
    expect(flows.code).toBe(StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE);
    const partner = await refusal(
      kit.annual.annual(staffUser(Role.PARTNER_HQ), { fromFiscalYear: 2024, toFiscalYear: 2024 }),
    );
    expect(partner.code).toBe(StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE);
    const noOffice = await refusal(
      kit.monthly.monthly(staffUser(Role.CONSULTANT, null), { fiscalYear: 2024 }),
    );
    expect(noOffice.code).toBe(StatisticsExceptionCode.NO_OFFICE_ASSIGNED);
  });

  it('counts a region as its offices together, and refuses an unknown region with the known ones', async () => {
    const region = await kit.annual.annual(executive(), {
      fromFiscalYear: 2024,
      toFiscalYear: 2024,
      region: '九州・沖縄',
    });
    expect(region.scope).toMatchObject({ kind: StatisticsScopeKind.REGION, label: '九州・沖縄地方' });
    const raw = await kit.annual.annual(
      executive(),
      { fromFiscalYear: 2024, toFiscalYear: 2024, region: '九州・沖縄' },
      { fromRaw: true },
    );
    expect(region.years).toEqual(raw.years);
    const ownOffice = await kit.annual.annual(executive(), {
      fromFiscalYear: 2024,
      toFiscalYear: 2024,
      officeId: office,
    });
    expect(region.years[0].establishedTotal).toBeGreaterThanOrEqual(ownOffice.years[0].establishedTotal!);
    const unknown = await refusal(
      kit.annual.annual(executive(), { fromFiscalYear: 2024, toFiscalYear: 2024, region: '関西' }),
    );
    expect(unknown.fields[0].message).toMatch(/九州・沖縄/);
  });

  it('computes the cross-industry share (59.2%) and the top industries of the generated flows', async () => {
    const flows = await kit.flows.flows(executive(), {
      from: '2023-04',
      to: '2024-01',
      moveType: MoveType.SECONDMENT,
      officeId: office,
    });
    expect(flows).toMatchObject({
      source: StatisticsSource.LIVE,
      totalPeople: 2413,
      crossIndustryPeople: 1428,
      crossIndustryShare: 59.2,
      preliminary: true,
    });
    expect(flows.topSendingIndustries.slice(0, 3).map((i) => [i.jsicCode, i.industryJa, i.people])).toEqual([
      ['E', '製造業', 1078],
      ['H', '運輸業，郵便業', 763],
      ['N', '生活関連サービス業，娯楽業', 166],
    ]);
    expect(flows.topReceivingIndustries.slice(0, 3).map((i) => [i.jsicCode, i.people])).toEqual([
      ['E', 1176],
      ['R', 342],
      ['I', 261],
    ]);
    // The matrix is the generated one (the correction pair nets to nothing and leaves no cell behind).
    expect(flows.matrix.map((c) => [c.sendingJsicCode, c.receivingJsicCode, c.people]).sort()).toEqual(
      [...PUBLISHED_LIKE_FLOWS].sort(),
    );
    const asFiscalYears = await kit.flows.flows(executive(), {
      from: 'FY2023',
      to: 'FY2023',
      officeId: office,
    });
    // All moves, April 2023 - March 2024: the transfers and generic events (C → C) are in, and stay in-industry.
    expect(asFiscalYears.totalPeople).toBeGreaterThan(2413);
    expect(asFiscalYears.crossIndustryPeople).toBe(1428);
  });

  it('refuses a period across the cut-over, naming both sides', async () => {
    const refused = await refusal(kit.flows.flows(executive(), { from: '2022-10', to: '2023-03' }));
    expect(refused.fields[0].message).toMatch(/2023年1月まで.*2023年2月から/);
    const backwards = await refusal(kit.flows.flows(executive(), { from: '2024-03', to: '2024-01' }));
    expect(backwards.fields[0].field).toBe('to');
  });
});
