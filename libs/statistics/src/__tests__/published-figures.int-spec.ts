// The published figures come back exactly through the query services (an executive, the whole country), with the
// default cut-over (2023-02): every monthly value, the fiscal-year totals and the annual results.
import { MoveType } from '@kakehashi/offers';
import { readPublishedMonths, readPublishedYears } from '../seed/seed-statistics-reference-data';
import { StatisticsGap, StatisticsSource } from '../statistics.types';
import { executive, startStatisticsKit, type StatisticsKit } from './statistics-kit';

describe('published figures through the statistics services', () => {
  // "Now" is January 2023, the last published month: nothing live is counted yet.
  let asPublished: StatisticsKit;
  // The real clock: February and March 2023 are live months of FY2022.
  let today: StatisticsKit;

  beforeAll(async () => {
    asPublished = await startStatisticsKit({ settings: { liveFrom: '2023-02', currentMonth: '2023-01' } });
    today = await startStatisticsKit({ settings: { liveFrom: '2023-02' } });
  });
  afterAll(async () => {
    await asPublished?.close();
    await today?.close();
  });

  it('gives every published monthly secondment value, receiving and sending from April 2020, as published', async () => {
    const expected = readPublishedMonths();
    for (const fiscalYear of [2019, 2020, 2021, 2022]) {
      const result = await asPublished.monthly.monthly(executive(), {
        fiscalYear,
        moveType: MoveType.SECONDMENT,
      });
      expect(result.scope.label).toBe('全国');
      for (const month of result.months) {
        const published = expected.find((m) => m.year_month === month.yearMonth);
        if (!published) {
          // February and March 2023: after the last published month, and not yet begun on this clock.
          expect(month).toMatchObject({
            source: StatisticsSource.LIVE,
            unavailableReason: StatisticsGap.NOT_YET,
          });
          continue;
        }
        expect(month).toMatchObject({
          source: StatisticsSource.PUBLISHED,
          established: published.secondment_established,
          establishedSecondment: published.secondment_established,
          receiving: published.secondment_receiving_info,
          sending: published.secondment_sending_info,
          preliminary: fiscalYear === 2022,
        });
      }
    }
  });

  it('gives the fiscal-year totals: secondments 1,240 / 3,061 / 5,611 / 2,413 (April-January), receiving and sending', async () => {
    const totals = [];
    for (const fiscalYear of [2019, 2020, 2021, 2022]) {
      const { total } = await asPublished.monthly.monthly(executive(), {
        fiscalYear,
        moveType: MoveType.SECONDMENT,
      });
      totals.push([total.establishedSecondment, total.receiving, total.sending, total.monthsCovered]);
    }
    expect(totals).toEqual([
      [1240, null, null, 12],
      [3061, 8192, 3427, 12],
      [5611, 18029, 5820, 12],
      [2413, 9625, 2489, 10],
    ]);
  });

  it('gives the annual results FY2013-FY2022 (the brochure labels them 2012年度-2021年度) exactly', async () => {
    const { years } = await asPublished.annual.annual(executive(), {
      fromFiscalYear: 2013,
      toFiscalYear: 2022,
    });
    const expected = readPublishedYears();
    expect(
      years.map((y) => [
        y.fiscalYear,
        y.establishedSecondment,
        y.establishedTransfer,
        y.establishedTotal,
        y.receiving,
        y.sending,
        y.monthsCovered,
        y.preliminary,
        y.source,
      ]),
    ).toEqual(
      expected.map((y) => [
        y.fiscal_year,
        y.secondment_established,
        y.transfer_established,
        y.total_established,
        y.receiving_info,
        y.sending_info,
        y.months_covered,
        y.preliminary,
        StatisticsSource.PUBLISHED,
      ]),
    );
    expect(years[9]).toMatchObject({ label: '2022年度', eraLabel: '令和4年度', coveredTo: '2023-01' });
    expect(years[0].eraLabel).toBe('平成25年度');
  });

  it('adds the live February and March 2023 to the published April-January of FY2022, on the real clock', async () => {
    const { years } = await today.annual.annual(
      executive(),
      { fromFiscalYear: 2022, toFiscalYear: 2022 },
      { fromRaw: true },
    );
    const live = await today.monthly.monthly(executive(), { fiscalYear: 2022 }, { fromRaw: true });
    const [feb, mar] = live.months.slice(10);
    expect(feb.source).toBe(StatisticsSource.LIVE);
    expect(years[0]).toMatchObject({
      source: StatisticsSource.MIXED,
      monthsCovered: 12,
      establishedSecondment: 2413 + feb.establishedSecondment! + mar.establishedSecondment!,
      establishedTransfer: 5664 + feb.establishedTransfer! + mar.establishedTransfer!,
      receiving: 131550 + feb.receiving! + mar.receiving!,
      sending: 12288 + feb.sending! + mar.sending!,
      preliminary: true,
    });
  });

  it('shows the same month a year earlier beside each month', async () => {
    const result = await asPublished.monthly.monthly(executive(), {
      fiscalYear: 2021,
      moveType: MoveType.SECONDMENT,
    });
    expect(result.months[0]).toMatchObject({ yearMonth: '2021-04', established: 475 });
    expect(result.months[0].previousYear).toMatchObject({
      yearMonth: '2020-04',
      established: 79,
      receiving: 72,
    });
    expect(result.months[11].previousYear).toMatchObject({ yearMonth: '2021-03', established: 679 });
  });

  it('gives the published industry highlights of April 2022 - January 2023, marked as published', async () => {
    const flows = await asPublished.flows.flows(executive(), {
      from: '2022-04',
      to: '2023-01',
      moveType: MoveType.SECONDMENT,
    });
    expect(flows).toMatchObject({
      source: StatisticsSource.PUBLISHED,
      preliminary: true,
      totalPeople: 2413,
      crossIndustryShare: 59.2,
      crossIndustryPeople: null,
      matrix: [],
      unavailableReason: null,
    });
    expect(flows.topSendingIndustries.map((i) => [i.rank, i.jsicCode, i.industryJa, i.people])).toEqual([
      [1, 'E', '製造業', 1078],
      [2, 'H', '運輸業，郵便業', 763],
      [3, 'N', '生活関連サービス業，娯楽業', 166],
    ]);
    expect(flows.topReceivingIndustries.map((i) => [i.jsicCode, i.people])).toEqual([
      ['E', 1176],
      ['R', 342],
      ['I', 261],
    ]);
    const fy2021 = await asPublished.flows.flows(executive(), {
      from: 'FY2021',
      to: '2021年度',
      moveType: MoveType.SECONDMENT,
    });
    expect(fy2021).toMatchObject({ crossIndustryShare: 69.9, totalPeople: 5611, topSendingIndustries: [] });
  });

  it('says what is not published instead of inventing it', async () => {
    const allMoves = await asPublished.flows.flows(executive(), { from: '2022-04', to: '2023-01' });
    expect(allMoves).toMatchObject({
      unavailableReason: StatisticsGap.NOT_PUBLISHED,
      crossIndustryShare: null,
    });
    expect(allMoves.note).toMatch(/在籍型出向のみ/);
    const otherPeriod = await asPublished.flows.flows(executive(), {
      from: '2020-04',
      to: '2020-09',
      moveType: MoveType.SECONDMENT,
    });
    expect(otherPeriod.unavailableReason).toBe(StatisticsGap.NOT_PUBLISHED);
    expect(otherPeriod.note).toMatch(/2022年4月～2023年1月/);
    const annualOnly = await asPublished.monthly.monthly(executive(), { fiscalYear: 2016 });
    expect(annualOnly.months[0]).toMatchObject({
      unavailableReason: StatisticsGap.NOT_PUBLISHED,
      established: null,
    });
    expect(annualOnly.total).toMatchObject({ establishedTotal: 8181, receiving: 76253 });
  });
});
