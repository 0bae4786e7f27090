// The benchmark's own database: created fresh, migrated and seeded like production (reference data and the demo
// users it logs in as, the application role granted the tables), dropped at the end unless kept.
import { prepareDatabase } from '@kakehashi/platform';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { PrefectureReference, SkillDictionaryEntry } from '../generator/generate-national-data';

export const DEFAULT_ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The role the API and worker connect as, as in production (db:migrate's DATABASE_APP_ROLE): it owns nothing and has
 * neither SUPERUSER nor BYPASSRLS, so row-level security binds it, and the API in production refuses any other. The
 * same name as the tests' (a role is cluster-wide); no password, like the admin connection (local trust).
 */
export const BENCH_APP_ROLE = 'kakehashi_app';

export interface BenchDatabase {
  name: string;
  /** As the admin user, owner of the tables: migrations, bulk loads and the in-process baselines. */
  url: string;
  /** As BENCH_APP_ROLE: what the API and worker connect with. */
  appUrl: string;
  drop(): Promise<void>;
}

function urlFor(adminUrl: string, name: string, user?: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (user) {
    url.username = user;
    url.password = '';
  }
  return url.toString();
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `kk_bench_${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}_${process.pid}`;
  await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = urlFor(adminUrl, name);
  return {
    name,
    url,
    appUrl: urlFor(adminUrl, name, BENCH_APP_ROLE),
    drop: async () => {
      await withClient(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * Migrations, BENCH_APP_ROLE's grants (the role created when missing), reference data (prefectures, offices, JSIC,
 * occupations, skills) and the demo users.
 */
export async function prepareBenchDatabase(database: BenchDatabase): Promise<void> {
  await prepareDatabase(database.url, {
    demo: true,
    applicationRole: { name: BENCH_APP_ROLE, password: null },
  });
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'kakehashi-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Removes the run's queues and rate-limit keys: the API and worker used the database name as their Redis prefix. */
export async function dropRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let removed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) removed += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return removed;
  } finally {
    redis.disconnect();
  }
}

export interface BenchReference {
  prefectures: PrefectureReference[];
  skills: SkillDictionaryEntry[];
}

/** The seeded reference data the generator draws from. */
export async function readReference(client: Client): Promise<BenchReference> {
  const prefectures = await client.query<{ code: string; name_ja: string; region_ja: string }>(
    `SELECT "code", "name_ja", "region_ja" FROM "prefectures" ORDER BY "code"`,
  );
  // Ordered by key so the generated data does not depend on insertion order.
  const skills = await client.query<{
    id: string;
    name: string;
    match_key: string;
    alias_keys: string[];
    implies: string[];
  }>(
    `SELECT "id", "name", "match_key", "alias_keys", "implies" FROM "skills" WHERE "active"
      ORDER BY "match_key" COLLATE "C"`,
  );
  return {
    prefectures: prefectures.rows.map((p) => ({ code: p.code, name: p.name_ja, region: p.region_ja })),
    skills: skills.rows.map((s) => ({
      id: s.id,
      name: s.name,
      matchKey: s.match_key,
      aliasKeys: s.alias_keys,
      implies: s.implies,
    })),
  };
}

/** The end of a run: keeps the database (and says where) when asked, else drops it and the run's Redis keys. */
export async function releaseBenchDatabase(
  database: BenchDatabase,
  options: { keep: boolean; redisUrl: string },
  log: (line: string) => void,
): Promise<void> {
  if (options.keep) {
    log(`kept database ${database.url} (Redis prefix ${database.name})`);
    return;
  }
  await database.drop();
  await dropRedisKeys(options.redisUrl, database.name).catch((error: unknown) =>
    log(`could not remove the Redis keys ${database.name}:*: ${String(error)}`),
  );
}
