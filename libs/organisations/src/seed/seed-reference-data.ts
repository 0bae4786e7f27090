import { readSeedCsv } from '@kakehashi/database';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Upserts the JSIC major groups, prefectures and offices from prisma/seed, by code, in one transaction. Idempotent:
 * run after every migration; a name corrected in a CSV reaches the database, and unchanged rows are not touched.
 * Raw SQL because it runs on the entity-less DataSource of the CLI.
 */
export async function seedReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  const jsic = readSeedCsv('jsic-major-groups.csv');
  const prefectures = readSeedCsv('prefectures.csv');
  const offices = readSeedCsv('offices.csv');

  await dataSource.transaction(async (manager) => {
    await upsert(manager, 'jsic_major_groups', ['code', 'name_ja', 'name_en'], jsic);
    await upsert(manager, 'prefectures', ['code', 'name_ja', 'name_en', 'region_ja'], prefectures);
    await upsert(
      manager,
      'offices',
      ['code', 'kind', 'name_ja', 'name_en', 'prefecture_code', 'region_ja'],
      offices.map((row) => ({
        ...row,
        prefecture_code: row['prefecture_code'] || null,
        region_ja: row['region_ja'] || null,
      })),
      'updated_at = now()',
    );
  });
  return { jsicMajorGroups: jsic.length, prefectures: prefectures.length, offices: offices.length };
}

async function upsert(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: Record<string, string | null>[],
  alsoSet?: string,
): Promise<void> {
  if (rows.length === 0) return;
  const params: (string | null)[] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      if (row[column] === undefined) throw new Error(`Seed ${table}: column "${column}" is missing`);
      params.push(row[column]);
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const updated = columns.filter((c) => c !== 'code');
  const sets = updated.map((c) => `"${c}" = EXCLUDED."${c}"`);
  if (alsoSet) sets.push(alsoSet);
  const changed = updated.map((c) => `t."${c}" IS DISTINCT FROM EXCLUDED."${c}"`).join(' OR ');
  await manager.query(
    `INSERT INTO "${table}" AS t (${columns.map((c) => `"${c}"`).join(', ')})
     VALUES ${tuples.join(', ')}
     ON CONFLICT ("code") DO UPDATE SET ${sets.join(', ')}
     WHERE ${changed}`,
    params,
  );
}
