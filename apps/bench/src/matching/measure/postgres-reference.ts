// The yardstick: what PostgreSQL alone does in the same run — the top 20 receiving offers by the number of required
// skills shared with the sending offer, through the GIN index on required_skill_keys. It scores one factor of
// twelve, so it bounds from below what a SQL-only matcher would cost.
import type { Client } from 'pg';
import { msSince, summarise, type LatencySummary } from '../support/stats';

export const SKILL_OVERLAP_TOP_20 = `
  SELECT o."id"
    FROM "receiving_offers" o
   WHERE o."required_skill_keys" && $1::text[]
     AND o."status" <> 'CLOSED' AND o."people_remaining" > 0
   ORDER BY cardinality(ARRAY(SELECT unnest(o."required_skill_keys") INTERSECT SELECT unnest($1::text[]))) DESC,
            o."id"
   LIMIT 20`;

export interface PostgresReference {
  latency: LatencySummary;
  /** Offers with at least one skill (the others cost nothing: no key to look up). */
  offersWithSkills: number;
  meanRowsReturned: number;
}

export async function measurePostgresReference(
  client: Client,
  sendingIds: readonly string[],
): Promise<PostgresReference> {
  const keys = await client.query<{ id: string; skill_keys: string[] }>(
    `SELECT "id", "skill_keys" FROM "sending_offers" WHERE "id" = ANY($1::uuid[])`,
    [sendingIds],
  );
  const keysById = new Map(keys.rows.map((r) => [r.id, r.skill_keys]));
  // Prepared once, like an application's statement cache would.
  const statement = { name: 'bench_skill_overlap_top_20', text: SKILL_OVERLAP_TOP_20 };
  for (const id of sendingIds.slice(0, 5))
    await client.query({ ...statement, values: [keysById.get(id) ?? []] });
  const samples: number[] = [];
  let rows = 0;
  for (const id of sendingIds) {
    const start = process.hrtime.bigint();
    const result = await client.query({ ...statement, values: [keysById.get(id) ?? []] });
    samples.push(msSince(start));
    rows += result.rowCount ?? 0;
  }
  return {
    latency: summarise(samples),
    offersWithSkills: sendingIds.filter((id) => (keysById.get(id)?.length ?? 0) > 0).length,
    meanRowsReturned: rows / Math.max(1, sendingIds.length),
  };
}
