import type { DataSource } from 'typeorm';

/**
 * Resolves once `work` has settled or a session of this database waits on a lock in a statement matching
 * `statementLike` (SQL LIKE), whichever comes first: a test holding an uncommitted change can then commit it, knowing
 * the operation under test either already answered or reached the point where it waits for that change.
 */
export async function settledOrWaitingOnLock(
  work: Promise<unknown>,
  db: Pick<DataSource, 'query'>,
  statementLike: string,
  timeoutMs = 10_000,
): Promise<void> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (settled) return;
    const [{ n }] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
      [statementLike],
    );
    if (n > 0 || settled) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the operation neither answered nor waited on a lock in ${timeoutMs} ms`);
}
