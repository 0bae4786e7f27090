import { migrateDatabase, withDataSource } from '@kakehashi/database';
import { seedDemoUsers } from '@kakehashi/identity';
import { seedDemoOffers, seedOffersReferenceData } from '@kakehashi/offers';
import { seedDemoCompanies, seedReferenceData } from '@kakehashi/organisations';
import { seedDemoPartners, seedPartnerReferenceData } from '@kakehashi/partners';
import type { DataSource } from 'typeorm';

/** Password of every demo account. Demo data is never loaded in production. */
export const DEMO_PASSWORD = 'kakehashi-demo';

export interface PreparedDatabase {
  migrationsApplied: string[];
  reference: Record<string, number>;
  demo: Record<string, number> | null;
}

/** Migrations, then the idempotent reference seed, then (when asked) the idempotent demo seed. */
export async function prepareDatabase(url: string, options: { demo: boolean }): Promise<PreparedDatabase> {
  return withDataSource(url, async (dataSource) => {
    const migrationsApplied = await migrateDatabase(dataSource);
    const reference = await seedAllReferenceData(dataSource);
    const demo = options.demo ? await seedDemo(dataSource) : null;
    return { migrationsApplied, reference, demo };
  });
}

/**
 * Every reference code list, idempotently: organisations' first, then occupations and skills (offers use both), then
 * the partner institutions with their agreements (their counterparts are offices; the demo partner users need them).
 */
export async function seedAllReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  return {
    ...(await seedReferenceData(dataSource)),
    ...(await seedOffersReferenceData(dataSource)),
    ...(await seedPartnerReferenceData(dataSource)),
  };
}

/**
 * Demo companies, partner branches and contacts, users (all roles) and offers, skipping rows that already exist. The
 * partner branches come before the users: the demo PARTNER_BRANCH account belongs to one.
 */
export async function seedDemo(dataSource: DataSource): Promise<Record<string, number>> {
  const companies = await seedDemoCompanies(dataSource);
  const partners = await seedDemoPartners(dataSource);
  const users = await seedDemoUsers(dataSource, DEMO_PASSWORD);
  const offers = await seedDemoOffers(dataSource);
  return { companies, ...partners, users, ...offers };
}
