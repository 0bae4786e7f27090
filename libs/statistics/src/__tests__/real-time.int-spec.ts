// With the default configuration, the process that runs jobs drains the change log every two seconds, so an event
// shows in the figures within five seconds of its transaction. Office 43 (熊本), this month: no other test file
// writes there.
import { todayInJapan } from '@kakehashi/calendar';
import { QueueName } from '@kakehashi/jobs';
import { fiscalYearOf } from '../periods/year-month';
import { STATISTICS_REFRESH_SCHEDULER_ID } from '../rollups/jobs/statistics-jobs';
import {
  establishmentFixture,
  executive,
  insertCompany,
  insertEstablishments,
  insertReceivingOffer,
  officeId,
  startStatisticsKit,
  type StatisticsKit,
} from './statistics-kit';

const OFFICE = '43';

describe('figures follow the records within seconds', () => {
  let kit: StatisticsKit;

  beforeAll(async () => {
    // An application config with every default: STATISTICS_REFRESH_CRON every two seconds, on BullMQ.
    kit = await startStatisticsKit({ env: {} });
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('registers the refresh schedule and reflects an offer and an establishment within five seconds', async () => {
    const schedule = await kit.jobs.getSchedule(QueueName.STATISTICS, STATISTICS_REFRESH_SCHEDULER_ID);
    expect(schedule).toMatchObject({ cron: '*/2 * * * * *' });

    const ds = kit.dataSource;
    const office = await officeId(ds, OFFICE);
    const today = todayInJapan();
    const month = today.slice(0, 7);
    const fiscalYear = fiscalYearOf(month);
    const read = async () => {
      const result = await kit.monthly.monthly(executive(), { fiscalYear, officeId: office });
      return result.months.find((m) => m.yearMonth === month)!;
    };
    const before = await read();
    const fixture = await establishmentFixture(ds, OFFICE, '13');
    const company = await insertCompany(ds, OFFICE);

    const committed = Date.now();
    await insertReceivingOffer(ds, {
      companyId: company,
      officeId: office,
      receivedOn: today,
      secondment: true,
      transfer: false,
      people: 8,
    });
    await insertEstablishments(ds, [
      {
        ...fixture,
        occurredOn: today,
        people: 3,
        moveType: 'SECONDMENT',
        sendingJsic: 'E',
        receivingJsic: 'I',
      },
    ]);
    let seen = await read();
    while (
      seen.receiving !== before.receiving! + 8 ||
      seen.establishedSecondment !== before.establishedSecondment! + 3
    ) {
      if (Date.now() - committed > 5000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await read();
    }
    const elapsed = Date.now() - committed;
    expect(seen.receiving).toBe(before.receiving! + 8);
    expect(seen.establishedSecondment).toBe(before.establishedSecondment! + 3);
    expect(elapsed).toBeLessThan(5000);
  }, 20_000);
});
