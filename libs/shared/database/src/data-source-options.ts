import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { loadSqlMigrations } from './migrations/sql-migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  applicationName?: string;
  logging?: boolean;
}

/** One place that says how every process (API, worker, CLI, tests) talks to PostgreSQL. */
export function buildDataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities,
    migrations: loadSqlMigrations(),
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    // The schema comes only from prisma/migrations.
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: settings.logging ?? false,
    poolSize: settings.poolSize,
    applicationName: settings.applicationName ?? 'kakehashi',
    extra: { max: settings.poolSize, connectionTimeoutMillis: 10_000 },
  };
}
