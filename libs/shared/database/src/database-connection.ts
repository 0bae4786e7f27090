import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';

export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  /** Resolves once the embedded database's one connection is free again (at once for a real server). */
  released(): Promise<void>;
  stop(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one when no DATABASE_URL is set. */
export async function openDatabaseTarget(options: {
  databaseUrl: string | null;
  embeddedDbDir: string;
}): Promise<DatabaseTarget> {
  if (options.databaseUrl) {
    return {
      url: options.databaseUrl,
      embedded: false,
      released: async () => undefined,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(options.embeddedDbDir);
  return { url: embedded.url, embedded: true, released: embedded.released, stop: embedded.stop };
}

/** A short-lived DataSource without entities, for migrations and seeds run outside Nest. */
export async function withDataSource<T>(
  url: string,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(
    buildDataSourceOptions({ url, poolSize: 1, entities: [], applicationName: 'kakehashi-cli' }),
  );
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Applies every pending migration; returns the names applied. */
export async function migrateDatabase(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Reverts the most recent migration; returns false when there was none. */
export async function revertLastMigration(dataSource: DataSource): Promise<boolean> {
  const before = await dataSource.query(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'typeorm_migrations'`,
  );
  if (before[0].n === 0) return false;
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM typeorm_migrations`);
  if (n === 0) return false;
  await dataSource.undoLastMigration({ transaction: 'each' });
  return true;
}

/** Drops everything in the public schema (db:reset). */
export async function dropSchema(dataSource: DataSource): Promise<void> {
  await dataSource.query('DROP SCHEMA public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
}
