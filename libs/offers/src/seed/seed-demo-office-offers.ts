import { readSeedCsv, type DemoClock } from '@kakehashi/database';
import { addDays } from '@kakehashi/calendar';
import type { DataSource } from 'typeorm';
import { loadSkillDictionary } from '../skills/services/skill-dictionary';
import { companiesByNumber, companyOf, insertReceiving, insertSending } from './seed-demo-offers';

const SENDING_FILE = 'demo/office-sending-offers.csv';
const RECEIVING_FILE = 'demo/office-receiving-offers.csv';

/**
 * The demo office's offers (東京事務所 and its counterparts), whose dates are relative to the day they are loaded: the
 * sides of the demo cases and a few received the day before. A row is loaded once (same company and job title, on
 * whatever day), through the same validation and skill resolution as the API, judged as of its received date. Needs
 * the reference seeds and the demo companies first. Returns how many of each were inserted.
 */
export async function seedDemoOfficeOffers(
  dataSource: DataSource,
  clock: DemoClock,
): Promise<Record<string, number>> {
  const sending = readSeedCsv(SENDING_FILE).map((row) => ({
    ...row,
    received_on: clock.daysAgo(Number(row['received_days_ago'])),
    earliest_start_on: relativeDay(clock, row['earliest_start_in_days']),
  }));
  const receiving = readSeedCsv(RECEIVING_FILE).map((row) => ({
    ...row,
    received_on: clock.daysAgo(Number(row['received_days_ago'])),
    start_by: relativeDay(clock, row['start_by_in_days']),
  }));
  return dataSource.transaction(async (manager) => {
    // The same lock as the fixed demo offers: concurrent seeders (parallel test APIs) insert nothing twice.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoOffers'))`);
    const dictionary = await loadSkillDictionary(manager);
    const companies = await companiesByNumber(manager, [...sending, ...receiving]);
    let officeSendingOffers = 0;
    for (const [index, row] of sending.entries()) {
      const company = companyOf(companies, row, SENDING_FILE, index);
      officeSendingOffers += await insertSending(manager, dictionary, company, row, {
        file: SENDING_FILE,
        index,
        key: 'TITLE',
      });
    }
    let officeReceivingOffers = 0;
    for (const [index, row] of receiving.entries()) {
      const company = companyOf(companies, row, RECEIVING_FILE, index);
      officeReceivingOffers += await insertReceiving(manager, dictionary, company, row, {
        file: RECEIVING_FILE,
        index,
        key: 'TITLE',
      });
    }
    return { officeSendingOffers, officeReceivingOffers };
  });
}

function relativeDay(clock: DemoClock, days: string | undefined): string {
  return days ? addDays(clock.today, Number(days)) : '';
}
