// What the dashboard shows and exports for the four kinds of month (published, live with zero people, not yet begun,
// before the cut-over without published figures), the industry flows when corrections make a pair's net zero or
// negative, and the scopes a user may choose. Writes only in office 06 (山形), which no other test file uses.
import { Role } from '@kakehashi/authz';
import {
  establishmentFixture,
  executive,
  insertEstablishments,
  insertUser,
  officeId,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';
import { ExportFormat } from '../exports/export-document';
import { StatisticsExportsService } from '../exports/statistics-exports.service';
import { StatisticsScopeService } from '../figures/services/statistics-scope.service';
import { StatisticsGap, StatisticsMonthState, StatisticsScopeKind } from '../statistics.types';

const OFFICE = '06';

describe('dashboard figures: month states, industry flows net of corrections, scopes', () => {
  let kit: StatisticsKit;
  let office: string;

  beforeAll(async () => {
    kit = await startStatisticsKit({ settings: { liveFrom: '2023-02', currentMonth: '2026-11' } });
    office = await officeId(kit.dataSource, OFFICE);
    const fixture = await establishmentFixture(kit.dataSource, OFFICE);
    const event = { ...fixture, moveType: 'SECONDMENT' as const };
    await insertEstablishments(kit.dataSource, [
      // FY2025: two people from construction (E) to construction (E).
      { ...event, occurredOn: '2025-10-01', people: 2, sendingJsic: 'E', receivingJsic: 'E' },
      // FY2026: both withdrawn (a correction dated in June) and three people from E to transport (H).
      { ...event, occurredOn: '2026-06-10', people: -2, sendingJsic: 'E', receivingJsic: 'E' },
      { ...event, occurredOn: '2026-05-10', people: 3, sendingJsic: 'E', receivingJsic: 'H' },
    ]);
    await kit.drain.drain();
  });

  afterAll(() => kit.close());

  it('tells a published month, a live month with nobody, a month not yet begun and an unpublished month apart', async () => {
    const live = await kit.monthly.monthly(executive(), { fiscalYear: 2026, officeId: office });
    const april = live.months.find((m) => m.yearMonth === '2026-04');
    expect(april).toMatchObject({
      state: StatisticsMonthState.LIVE,
      receiving: 0,
      sending: 0,
      establishedTotal: 0,
      unavailableReason: null,
    });
    expect(april?.note).toContain('0人');
    const may = live.months.find((m) => m.yearMonth === '2026-05');
    expect(may).toMatchObject({ state: StatisticsMonthState.LIVE, establishedSecondment: 3, note: null });
    const december = live.months.find((m) => m.yearMonth === '2026-12');
    expect(december).toMatchObject({
      state: StatisticsMonthState.NOT_YET,
      receiving: null,
      establishedTotal: null,
    });

    const beforeOffice = await kit.monthly.monthly(executive(), { fiscalYear: 2021, officeId: office });
    expect(beforeOffice.months[0]).toMatchObject({
      state: StatisticsMonthState.NOT_PUBLISHED,
      unavailableReason: StatisticsGap.NATIONAL_ONLY,
      establishedSecondment: null,
    });
    const national = await kit.monthly.monthly(executive(), { fiscalYear: 2021 });
    expect(national.months[0].state).toBe(StatisticsMonthState.PUBLISHED);
    expect(national.months[0].establishedSecondment).toEqual(expect.any(Number));
  });

  it('notes a live year counted from the records, with zero people when nothing happened', async () => {
    const annual = await kit.annual.annual(executive(), {
      fromFiscalYear: 2024,
      toFiscalYear: 2025,
      officeId: office,
    });
    const [fy2024, fy2025] = annual.years;
    expect(fy2024.establishedTotal).toBe(0);
    expect(fy2024.notes.join('')).toContain('集計値です（該当する記録はなく0人）');
    expect(fy2025.establishedTotal).toBe(2);
    expect(fy2025.notes.join('')).toContain('本システムの記録からの集計値です。');
  });

  it('leaves a pair whose corrections net it to zero or less out of the matrix, rankings, total and share alike', async () => {
    const flows = await kit.flows.flows(executive(), { from: 'FY2026', to: 'FY2026', officeId: office });
    expect(flows.matrix).toEqual([
      expect.objectContaining({ sendingJsicCode: 'E', receivingJsicCode: 'H', people: 3 }),
    ]);
    expect(flows.totalPeople).toBe(3);
    expect(flows.crossIndustryPeople).toBe(3);
    expect(flows.crossIndustryShare).toBe(100);
    expect(flows.topSendingIndustries).toEqual([expect.objectContaining({ jsicCode: 'E', people: 3 })]);
    expect(flows.topReceivingIndustries).toEqual([expect.objectContaining({ jsicCode: 'H', people: 3 })]);
    expect(flows.note).toContain('1組、計-2人');
    const matrixSum = flows.matrix.reduce((sum, cell) => sum + cell.people, 0);
    expect(matrixSum).toBe(flows.totalPeople);
  });

  it('exports a live period with nobody established as zero, never as unpublished', async () => {
    const exportsService = kit.module.get(StatisticsExportsService);
    const file = await exportsService.flows(
      executive(),
      { from: 'FY2024', to: 'FY2024', officeId: office },
      ExportFormat.CSV,
    );
    const csv = file.content.toString('utf8');
    expect(csv).toContain('該当する成立はありません（集計値、0人）。');
    expect(csv).not.toContain(',,公表されていません。,');
    expect(csv).toContain('この期間に成立した人数はありません（0人）');
  });

  it('lists the scopes a user may choose: everything for an executive, their own office for a consultant', async () => {
    const scopes = kit.module.get(StatisticsScopeService);
    const all = await scopes.choosable(executive());
    expect(all[0]).toMatchObject({ kind: StatisticsScopeKind.NATIONAL, label: '全国' });
    expect(all).toContainEqual(expect.objectContaining({ kind: StatisticsScopeKind.REGION, region: '東北' }));
    expect(all).toContainEqual(
      expect.objectContaining({ kind: StatisticsScopeKind.OFFICE, officeId: office }),
    );
    const consultant = await insertUser(kit.dataSource, Role.CONSULTANT, OFFICE);
    expect(await scopes.choosable(consultant)).toEqual([
      expect.objectContaining({ kind: StatisticsScopeKind.OFFICE, officeId: office, label: '山形事務所' }),
    ]);
  });
});
