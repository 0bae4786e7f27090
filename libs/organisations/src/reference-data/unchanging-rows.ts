import type { DataSource } from 'typeorm';

/**
 * Rows no operation ever changes once they exist (prefectures and JSIC groups come with the migrations; the Center's
 * offices with the seed): read from the database once per process, then from memory. A key not yet known is read, so
 * rows added later (a new office) are found; nothing known is ever stale because nothing known ever changes.
 */
const byDataSource = new WeakMap<DataSource, Map<string, Map<string, unknown>>>();

function memoOf<V>(dataSource: DataSource, table: string): Map<string, V> {
  let tables = byDataSource.get(dataSource);
  if (!tables) {
    tables = new Map();
    byDataSource.set(dataSource, tables);
  }
  let rows = tables.get(table);
  if (!rows) {
    rows = new Map();
    tables.set(table, rows);
  }
  return rows as Map<string, V>;
}

/** One result per key, in key order (as DataLoader wants), reading only the keys not yet known. */
export async function unchangingRows<V>(
  dataSource: DataSource,
  table: string,
  keys: readonly string[],
  load: (missing: string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): Promise<(V | null)[]> {
  const known = memoOf<V>(dataSource, table);
  const missing = [...new Set(keys.filter((key) => !known.has(key)))];
  if (missing.length) for (const row of await load(missing)) known.set(keyOf(row), row);
  return keys.map((key) => known.get(key) ?? null);
}
