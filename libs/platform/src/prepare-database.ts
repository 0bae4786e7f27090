import { migrateDatabase, withDataSource } from '@kakehashi/database';
import { seedDemoUsers } from '@kakehashi/identity';
import { seedDemoCompanies, seedReferenceData } from '@kakehashi/organisations';
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
    const reference = await seedReferenceData(dataSource);
    const demo = options.demo ? await seedDemo(dataSource) : null;
    return { migrationsApplied, reference, demo };
  });
}

/** Demo companies and users (all roles), skipping rows that already exist. */
export async function seedDemo(dataSource: DataSource): Promise<Record<string, number>> {
  const companies = await seedDemoCompanies(dataSource);
  const users = await seedDemoUsers(dataSource, DEMO_PASSWORD);
  return { companies, users };
}
