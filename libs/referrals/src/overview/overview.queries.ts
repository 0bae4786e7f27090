// The overview's raw SQL: the transaction's clock and the caller's seen marker.
import type { EntityManager } from 'typeorm';

/** The transaction's now(): the instant the changes are read as of. */
export async function transactionNow(tx: EntityManager): Promise<Date> {
  const [{ asOf }] = await tx.query<{ asOf: Date }[]>(`SELECT now() AS "asOf"`);
  return asOf;
}

/** Moves the user's marker on to `seenAt`, never back and never past now; the marker as stored. */
export async function advanceSeenMarker(tx: EntityManager, userId: string, seenAt: Date): Promise<Date> {
  const [row] = await tx.query<{ seenAt: Date }[]>(
    `INSERT INTO "referral_seen_markers" ("user_id", "seen_at") VALUES ($1, LEAST($2::timestamptz, now()))
     ON CONFLICT ("user_id") DO UPDATE
       SET "seen_at" = GREATEST("referral_seen_markers"."seen_at", EXCLUDED."seen_at")
     RETURNING "seen_at" AS "seenAt"`,
    [userId, seenAt],
  );
  return row.seenAt;
}
