// The cut-over month (STATISTICS_LIVE_FROM): months before it are the published figures, months from it on the live
// records; at the boundary no month is counted twice and none is lost, wherever the cut-over is put. Raw rows are
// written in office 45 (鹿児島), which no other test file uses, in months nobody else writes (2019, early 2023).
import { MoveType } from '@kakehashi/offers';
import { StatisticsGap, StatisticsSource } from '../statistics.types';
import {
  establishmentFixture,
  executive,
  insertCompany,
  insertEstablishments,
  insertSendingOffer,
  officeId,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';

const OFFICE = '45';
const PUBLISHED_APRIL_TO_SEPTEMBER_2019 = [135, 130, 101, 89, 52, 158];

describe('the cut-over between published history and live records', () => {
  let atOctober2019: StatisticsKit;
  let atDefault: StatisticsKit;
  let office: string;

  beforeAll(async () => {
    atOctober2019 = await startStatisticsKit({ settings: { liveFrom: '2019-10', currentMonth: '2026-11' } });
    atDefault = await startStatisticsKit({ settings: { liveFrom: '2023-02', currentMonth: '2026-11' } });
    const ds = atOctober2019.dataSource;
    office = await officeId(ds, OFFICE);
    const fixture = await establishmentFixture(ds, OFFICE, '13');
    const event = (
      occurredOn: string,
      people: number,
      moveType: 'SECONDMENT' | 'TRANSFER' = 'SECONDMENT',
    ) => ({
      ...fixture,
      occurredOn,
      people,
      moveType,
      sendingJsic: 'E',
      receivingJsic: 'P',
    });
    // Either side of both cut-overs: the last month before each is published, so these rows must not count there.
    await insertEstablishments(ds, [
      event('2019-09-30', 10),
      event('2019-10-01', 7),
      event('2019-10-31', 3, 'TRANSFER'),
      event('2020-03-15', 4),
      event('2023-01-31', 20),
      event('2023-02-01', 6),
      event('2023-02-28', 2, 'TRANSFER'),
    ]);
    const company = await insertCompany(ds, OFFICE);
    for (const receivedOn of ['2019-09-30', '2019-10-01']) {
      await insertSendingOffer(ds, {
        companyId: company,
        officeId: office,
        receivedOn,
        moveType: 'SECONDMENT',
        people: 9,
      });
    }
    await atOctober2019.drain.drain();
  });

  afterAll(async () => {
    await atOctober2019?.close();
    await atDefault?.close();
  });

  it('takes September 2019 as published and October 2019 on from the records (national)', async () => {
    const result = await atOctober2019.monthly.monthly(executive(), {
      fiscalYear: 2019,
      moveType: MoveType.SECONDMENT,
    });
    const raw = await atOctober2019.monthly.monthly(
      executive(),
      { fiscalYear: 2019, moveType: MoveType.SECONDMENT },
      { fromRaw: true },
    );
    expect(result.months.slice(0, 6).map((m) => [m.source, m.established])).toEqual(
      PUBLISHED_APRIL_TO_SEPTEMBER_2019.map((n) => [StatisticsSource.PUBLISHED, n]),
    );
    expect(result.months.slice(6).every((m) => m.source === StatisticsSource.LIVE)).toBe(true);
    // The live months are the records of those months, nothing more (the rollups agree with the raw rows).
    expect(result.months.slice(6)).toEqual(raw.months.slice(6));
    expect(result.months[6].established).toBeGreaterThanOrEqual(7);
    // Every month once: the year is the sum of its twelve months.
    const sum = result.months.reduce((s, m) => s + m.established!, 0);
    expect(result.total).toMatchObject({
      source: StatisticsSource.MIXED,
      monthsCovered: 12,
      establishedSecondment: sum,
    });
    expect(sum).toBe(665 + result.months.slice(6).reduce((s, m) => s + m.established!, 0));
    // Transfers were published only as a year's total, which cannot be split at October.
    expect(result.total.establishedTransfer).toBeNull();
    expect(result.total.notes.join()).toMatch(/2019年10月/);
  });

  it('counts an office only from the cut-over: exactly its own records, the published months national only', async () => {
    const result = await atOctober2019.monthly.monthly(executive(), { fiscalYear: 2019, officeId: office });
    expect(result.months[5]).toMatchObject({
      yearMonth: '2019-09',
      unavailableReason: StatisticsGap.NATIONAL_ONLY,
      establishedSecondment: null,
    });
    expect(result.months[6]).toMatchObject({
      yearMonth: '2019-10',
      establishedSecondment: 7,
      establishedTransfer: 3,
      sending: 9,
    });
    expect(result.total).toMatchObject({
      monthsCovered: 6,
      coveredFrom: '2019-10',
      establishedSecondment: 7 + 4,
      establishedTransfer: 3,
      sending: 9,
    });
  });

  it('at the default cut-over, January 2023 is published and February 2023 counted from the records', async () => {
    const national = await atDefault.monthly.monthly(executive(), {
      fiscalYear: 2022,
      moveType: MoveType.SECONDMENT,
    });
    expect(national.months[9]).toMatchObject({
      yearMonth: '2023-01',
      source: StatisticsSource.PUBLISHED,
      established: 106,
    });
    expect(national.months[10]).toMatchObject({ yearMonth: '2023-02', source: StatisticsSource.LIVE });
    expect(national.months[10].established).toBeGreaterThanOrEqual(6);
    const sum = national.months.reduce((s, m) => s + m.established!, 0);
    expect(national.total.establishedSecondment).toBe(sum);
    expect(sum - national.months[10].established! - national.months[11].established!).toBe(2413);

    const own = await atDefault.annual.annual(executive(), {
      fromFiscalYear: 2022,
      toFiscalYear: 2022,
      officeId: office,
    });
    expect(own.years[0]).toMatchObject({
      monthsCovered: 2,
      coveredFrom: '2023-02',
      establishedSecondment: 6,
      establishedTransfer: 2,
      establishedTotal: 8,
    });
  });

  it('moves months between the two sources when the cut-over moves, never both', async () => {
    const early = await atOctober2019.annual.annual(executive(), {
      fromFiscalYear: 2019,
      toFiscalYear: 2020,
      officeId: office,
    });
    const late = await atDefault.annual.annual(executive(), {
      fromFiscalYear: 2019,
      toFiscalYear: 2020,
      officeId: office,
    });
    // With the later cut-over these years are history: national only, nothing of the office's own records.
    expect(late.years.map((y) => [y.monthsCovered, y.establishedTotal])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(early.years.map((y) => y.establishedTotal)).toEqual([7 + 3 + 4, 0]);
  });
});
