// Closing a month (締め): headquarters makes a live month final; every other month stays preliminary (速報値). A kit
// whose cut-over is April 2011, so the months closed here (2011) are read and written by no other test file.
import { Role } from '@kakehashi/authz';
import { MoveType } from '@kakehashi/offers';
import { StatisticsExceptionCode } from '../statistics.exception';
import { StatisticsSource } from '../statistics.types';
import {
  establishmentFixture,
  executive,
  insertCompany,
  insertEstablishments,
  insertReceivingOffer,
  insertUser,
  officeId,
  refusal,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';

const OFFICE = '42';

describe('closing a month', () => {
  let kit: StatisticsKit;
  let office: string;

  beforeAll(async () => {
    kit = await startStatisticsKit({ settings: { liveFrom: '2011-04', currentMonth: '2011-08' } });
    office = await officeId(kit.dataSource, OFFICE);
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('makes a month final with the national figures of every record committed before, once', async () => {
    const ds = kit.dataSource;
    const hq = await insertUser(ds, Role.HQ_COORDINATOR, 'HQ');
    const fixture = await establishmentFixture(ds, OFFICE, '13');
    await insertEstablishments(ds, [
      {
        ...fixture,
        occurredOn: '2011-05-09',
        people: 4,
        moveType: 'SECONDMENT',
        sendingJsic: 'E',
        receivingJsic: 'H',
      },
      {
        ...fixture,
        occurredOn: '2011-05-19',
        people: 1,
        moveType: 'TRANSFER',
        sendingJsic: 'E',
        receivingJsic: 'E',
      },
    ]);
    const company = await insertCompany(ds, OFFICE);
    await insertReceivingOffer(ds, {
      companyId: company,
      officeId: office,
      receivedOn: '2011-05-02',
      secondment: true,
      transfer: true,
      people: 12,
    });
    const raw = await kit.monthly.monthly(executive(), { fiscalYear: 2011 }, { fromRaw: true });
    const may = raw.months[1];
    expect(may.establishedTotal).toBeGreaterThanOrEqual(5);

    // No drain has run: closing takes the pending changes in first.
    const closing = await kit.closings.close(hq, '2011-05');
    expect(closing).toMatchObject({
      yearMonth: '2011-05',
      closedByUserId: hq.id,
      receiving: may.receiving,
      sending: may.sending,
      establishedSecondment: may.establishedSecondment,
      establishedTransfer: may.establishedTransfer,
      establishedTotal: may.establishedTotal,
    });

    const result = await kit.monthly.monthly(executive(), { fiscalYear: 2011, officeId: office });
    expect(result.months.slice(0, 3).map((m) => [m.yearMonth, m.source, m.closed, m.preliminary])).toEqual([
      ['2011-04', StatisticsSource.LIVE, false, true],
      ['2011-05', StatisticsSource.LIVE, true, false],
      ['2011-06', StatisticsSource.LIVE, false, true],
    ]);
    expect(result.months[1]).toMatchObject({
      establishedSecondment: 4,
      establishedTransfer: 1,
      receiving: 12,
    });
    // The year is not over, and has months not closed: still preliminary.
    expect(result.total.preliminary).toBe(true);
    const flows = await kit.flows.flows(executive(), { from: '2011-05', to: '2011-05', officeId: office });
    expect(flows.preliminary).toBe(false);
    const secondments = await kit.flows.flows(executive(), {
      from: '2011-04',
      to: '2011-05',
      officeId: office,
      moveType: MoveType.SECONDMENT,
    });
    expect(secondments).toMatchObject({ preliminary: true, totalPeople: 4, crossIndustryShare: 100 });

    const again = await refusal(kit.closings.close(hq, '2011-05'));
    expect(again.code).toBe(StatisticsExceptionCode.MONTH_ALREADY_CLOSED);
    expect(again.message).toBe('2011年5月は既に締められています。');
  });

  it('refuses a published month, a month not yet over and a malformed one, as field errors', async () => {
    const hq = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const published = await refusal(kit.closings.close(hq, '2011-03'));
    expect(published.fields).toEqual([{ field: 'yearMonth', message: expect.stringMatching(/公表値の月/) }]);
    for (const month of ['2011-08', '2011-09']) {
      const open = await refusal(kit.closings.close(hq, month));
      expect(open.fields[0].message).toMatch(/まだ終わっていない/);
    }
    const malformed = await refusal(kit.closings.close(hq, '2011/6'));
    expect(malformed.code).toBe(StatisticsExceptionCode.INVALID_INPUT);
    for (const role of [Role.EXECUTIVE, Role.ADMIN, Role.CONSULTANT]) {
      const user = await insertUser(kit.dataSource, role, role === Role.CONSULTANT ? OFFICE : null);
      const refused = await refusal(kit.closings.close(user, '2011-06'));
      expect(refused.code).toBe(StatisticsExceptionCode.CLOSING_NOT_ALLOWED);
    }
  });
});
