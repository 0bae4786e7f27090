import { buildDataSourceOptions, loadSqlMigrations } from '@kakehashi/database';
import '@kakehashi/cases';
import '@kakehashi/identity';
import '@kakehashi/jobcard';
import '@kakehashi/matching';
import '@kakehashi/notifications';
import '@kakehashi/offers';
import '@kakehashi/organisations';
import '@kakehashi/partners';
import '@kakehashi/referrals';
import '@kakehashi/talent-bank';
import '@kakehashi/statistics';
import { createScratchDatabase } from '@kakehashi/testing';
import { DataSource, getMetadataArgsStorage } from 'typeorm';

/**
 * The schema comes only from prisma/migrations; the entities must describe exactly that schema. If they drift,
 * TypeORM would want to change the database — this test fails and shows the statements it would run.
 */
describe('entities and migrations', () => {
  // Every entity class the domain libraries declare: importing a library registers all of its entities' metadata.
  const entities = () => getMetadataArgsStorage().tables.map((table) => table.target as new () => unknown);

  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    dataSource = new DataSource(
      buildDataSourceOptions({ url: scratch.url, poolSize: 1, entities: entities() }),
    );
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  });

  it('covers the tables of every domain library', () => {
    const names = dataSource.entityMetadatas.map((m) => m.tableName).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'companies',
        'jsic_major_groups',
        'offices',
        'prefectures',
        'users',
        'user_sessions',
        'occupation_major_groups',
        'skills',
        'sending_offers',
        'receiving_offers',
        'matching_settings',
        'match_decisions',
        'assignment_runs',
        'assignment_proposals',
        'notifications',
        'cases',
        'case_establishments',
        'case_history',
        'case_follow_ups',
        'case_tasks',
        'case_follow_up_settings',
        'referrals',
        'referral_events',
        'referral_notes',
        'referral_duplicates',
        'referral_imports',
        'referral_seen_markers',
        'partner_institutions',
        'partner_branches',
        'partner_agreements',
        'partner_contacts',
        'talent_bank_consent_purposes',
        'talent_bank_support_requests',
        'talent_bank_registrants',
        'senior_openings',
        'talent_bank_reemployments',
        'talent_bank_access_log',
        'jobcard_training_plans',
        'jobcard_evaluation_sheets',
        'jobcard_access_log',
        'jobcard_subsidy_estimates',
        'jobcard_retry_notes',
        'statistics_published_years',
        'statistics_published_months',
        'statistics_published_industries',
        'statistics_published_cross_industry',
        'statistics_offer_rollups',
        'statistics_establishment_rollups',
        'statistics_changes',
        'statistics_month_closings',
      ]),
    );
  });

  it('agree: after migrating, TypeORM would generate no schema change', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.length).toBe(loadSqlMigrations().length);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every migration reverts cleanly and re-applies', async () => {
    const count = loadSqlMigrations().length;
    for (let i = 0; i < count; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
