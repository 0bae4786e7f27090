import { MoveType } from '@kakehashi/offers';
import { addMonthsTo, monthsOfFiscalYear } from '../periods/year-month';
import { StatisticsGap, StatisticsSource } from '../statistics.types';
import {
  monthFigures,
  NO_LIVE_FIGURES,
  offerPeople,
  yearFigures,
  type FiguresContext,
  type LiveMonth,
  type PublishedMonth,
} from './figures';

// A small published history: FY2020 whole (monthly 10 each month, annual 120/300), FY2021 April-January (10 months).
function context(overrides: Partial<FiguresContext> = {}): FiguresContext {
  const publishedMonths = new Map<string, PublishedMonth>();
  for (const m of [...monthsOfFiscalYear(2020), ...monthsOfFiscalYear(2021).slice(0, 10)]) {
    publishedMonths.set(m, {
      secondmentEstablished: 10,
      secondmentReceivingInfo: 30,
      secondmentSendingInfo: 20,
      preliminary: m >= '2021-04',
    });
  }
  return {
    liveFrom: '2022-02',
    currentMonth: '2022-05',
    national: true,
    moveType: null,
    publishedYears: new Map([
      [
        2020,
        {
          fiscalYear: 2020,
          monthsCovered: 12,
          secondmentEstablished: 120,
          transferEstablished: 300,
          totalEstablished: 420,
          receivingInfo: 5000,
          sendingInfo: 900,
          preliminary: false,
        },
      ],
      [
        2021,
        {
          fiscalYear: 2021,
          monthsCovered: 10,
          secondmentEstablished: 100,
          transferEstablished: 250,
          totalEstablished: 350,
          receivingInfo: 4000,
          sendingInfo: 800,
          preliminary: true,
        },
      ],
    ]),
    publishedMonths,
    live: new Map(),
    closedMonths: new Set(),
    ...overrides,
  };
}

function live(secondment: number, transfer: number, offers: Partial<LiveMonth> = {}): LiveMonth {
  return { ...NO_LIVE_FIGURES, establishedSecondment: secondment, establishedTransfer: transfer, ...offers };
}

describe('offer people under a move-type filter', () => {
  it('counts an offer open to both moves under either filter, and once in the total', () => {
    const counts = { SECONDMENT: 3, TRANSFER: 5, EITHER: 7 };
    expect(offerPeople(counts, MoveType.SECONDMENT)).toBe(10);
    expect(offerPeople(counts, MoveType.TRANSFER)).toBe(12);
    expect(offerPeople(counts, null)).toBe(15);
  });
});

describe('month figures across the cut-over', () => {
  it('takes months before the cut-over from the publication and months from it on from the live records', () => {
    const ctx = context({
      moveType: MoveType.SECONDMENT,
      live: new Map([
        ['2022-02', live(4, 6)],
        ['2021-12', live(99, 99)],
      ]),
    });
    const before = monthFigures(ctx, '2022-01');
    expect(before).toMatchObject({
      source: StatisticsSource.PUBLISHED,
      established: 10,
      receiving: 30,
      sending: 20,
    });
    // Live records dated before the cut-over are not counted: the publication is the record for those months.
    expect(monthFigures(ctx, '2021-12').established).toBe(10);
    const from = monthFigures(ctx, '2022-02');
    expect(from).toMatchObject({ source: StatisticsSource.LIVE, established: 4, establishedTotal: 10 });
    expect(monthFigures(ctx, '2022-06')).toMatchObject({
      unavailableReason: StatisticsGap.NOT_YET,
      established: null,
    });
  });

  it('marks published months national only for an office, and live months preliminary until closed', () => {
    const ctx = context({ national: false, closedMonths: new Set(['2022-03']) });
    expect(monthFigures(ctx, '2021-05')).toMatchObject({
      unavailableReason: StatisticsGap.NATIONAL_ONLY,
      establishedSecondment: null,
      preliminary: true,
    });
    expect(monthFigures(ctx, '2022-02')).toMatchObject({ preliminary: true, closed: false });
    expect(monthFigures(ctx, '2022-03')).toMatchObject({ preliminary: false, closed: true });
  });

  it('gives no monthly total or transfer for a published month (only secondment is published by month)', () => {
    const month = monthFigures(context(), '2020-06');
    expect(month).toMatchObject({
      establishedSecondment: 10,
      establishedTransfer: null,
      establishedTotal: null,
      established: null,
      receiving: null,
    });
    expect(month.note).toMatch(/在籍型出向の数値のみ/);
  });
});

describe('fiscal-year figures across the cut-over', () => {
  it('adds the published year to the live months after it: no month counted twice, none lost', () => {
    const ctx = context({
      live: new Map([
        ['2022-02', live(4, 6)],
        ['2022-03', live(1, 2)],
      ]),
    });
    const year = yearFigures(ctx, 2021);
    expect(year).toMatchObject({
      source: StatisticsSource.MIXED,
      monthsCovered: 12,
      coveredFrom: '2021-04',
      coveredTo: '2022-03',
      establishedSecondment: 100 + 4 + 1,
      establishedTransfer: 250 + 6 + 2,
      establishedTotal: 350 + 13,
      preliminary: true,
    });
    // The monthly series adds up to the same year.
    const months = monthsOfFiscalYear(2021).map((m) => monthFigures(ctx, m).establishedSecondment ?? 0);
    expect(months.reduce((a, b) => a + b, 0)).toBe(year.establishedSecondment);
  });

  it('splits a published year at a cut-over inside it by its monthly series, leaving year-only figures empty', () => {
    const ctx = context({
      liveFrom: '2020-10',
      currentMonth: '2021-06',
      moveType: MoveType.SECONDMENT,
      live: new Map([['2020-10', live(7, 1, { receiving: { SECONDMENT: 2, TRANSFER: 9, EITHER: 1 } })]]),
    });
    const year = yearFigures(ctx, 2020);
    // April-September published (6 × 10), October-March live (7 in October).
    expect(year.establishedSecondment).toBe(60 + 7);
    expect(year.established).toBe(67);
    expect(year.receiving).toBe(6 * 30 + 3);
    expect(year.establishedTransfer).toBeNull();
    expect(year.establishedTotal).toBeNull();
    expect(year.notes.join()).toMatch(/年度計のみ/);
    const monthly = monthsOfFiscalYear(2020).map((m) => monthFigures(ctx, m).established ?? 0);
    expect(monthly.reduce((a, b) => a + b, 0)).toBe(year.establishedSecondment);
  });

  it('leaves published months out of an office, with a note, and counts only its live months', () => {
    const ctx = context({ national: false, live: new Map([['2022-02', live(4, 6)]]) });
    const year = yearFigures(ctx, 2021);
    expect(year).toMatchObject({ source: StatisticsSource.LIVE, monthsCovered: 2, establishedTotal: 10 });
    expect(year.notes.join()).toMatch(/2021年4月～2022年1月は公表値\(全国計のみ\)/);
  });

  it('counts the months of a live year up to this month and marks the year preliminary', () => {
    const ctx = context({
      live: new Map([
        ['2022-04', live(1, 1)],
        ['2022-05', live(2, 0)],
      ]),
    });
    const year = yearFigures(ctx, 2022);
    expect(year).toMatchObject({ source: StatisticsSource.LIVE, monthsCovered: 2, establishedTotal: 4 });
    expect(year.preliminary).toBe(true);
    expect(year.notes.join()).toMatch(/2022年6月～2023年3月はまだ始まっていません/);
    expect(addMonthsTo(year.coveredTo!, 1)).toBe('2022-06');
  });

  it('reads a whole published year as published, with receiving and sending of every move', () => {
    const year = yearFigures(context(), 2020);
    expect(year).toMatchObject({
      source: StatisticsSource.PUBLISHED,
      monthsCovered: 12,
      receiving: 5000,
      sending: 900,
      established: 420,
      preliminary: false,
    });
    const transfer = yearFigures(context({ moveType: MoveType.TRANSFER }), 2020);
    expect(transfer).toMatchObject({ established: 300, receiving: null, sending: null });
  });
});
