// The rollups' SQL: the lock their writers share, the recomputation of months from the raw rows, the change marks
// the drain takes and the month range a rebuild covers.
import type { EntityManager } from 'typeorm';

/**
 * The one lock every writer of the rollups takes for its transaction (drain batches, rebuild chunks, closings), so
 * that an older recomputation can never commit over a newer one. A transaction-level advisory lock: released at
 * commit or rollback, nothing to clean up. The number spells "STAT".
 */
export const STATISTICS_ROLLUP_LOCK = 0x53544154;

export async function lockRollups(tx: EntityManager): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [STATISTICS_ROLLUP_LOCK]);
}

/**
 * Recomputes the offer rollups of the given months (first days) from sending_offers and receiving_offers: the rows
 * of those months are replaced as a whole, so running it again gives the same rows (idempotent). Run under the lock,
 * after it was taken, so that each statement's snapshot sees every transaction committed before.
 */
export async function recomputeOfferMonths(tx: EntityManager, monthStarts: string[]): Promise<number> {
  if (!monthStarts.length) return 0;
  await tx.query(`DELETE FROM "statistics_offer_rollups" WHERE "year_month" = ANY($1::date[])`, [
    monthStarts,
  ]);
  const inserted: { n: number }[] = await tx.query(
    `WITH months AS (SELECT DISTINCT unnest($1::date[]) AS "month"),
     counted AS (
       SELECT m."month", s."owning_office_id" AS "office_id", 'SENDING' AS "side", s."move_type" AS "move_scope",
              count(*)::int AS "offers", sum(s."people_count")::int AS "people"
         FROM months m
         JOIN "sending_offers" s
           ON s."received_on" >= m."month" AND s."received_on" < (m."month" + interval '1 month')::date
        GROUP BY 1, 2, 4
       UNION ALL
       SELECT m."month", r."owning_office_id", 'RECEIVING',
              CASE WHEN r."accepts_secondment" AND r."accepts_transfer" THEN 'EITHER'
                   WHEN r."accepts_secondment" THEN 'SECONDMENT' ELSE 'TRANSFER' END,
              count(*)::int, sum(r."people_wanted")::int
         FROM months m
         JOIN "receiving_offers" r
           ON r."received_on" >= m."month" AND r."received_on" < (m."month" + interval '1 month')::date
        GROUP BY 1, 2, 4
     ),
     written AS (
       INSERT INTO "statistics_offer_rollups" ("year_month", "office_id", "side", "move_scope", "offers", "people")
       SELECT "month", "office_id", "side", "move_scope", "offers", "people" FROM counted
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM written`,
    [monthStarts],
  );
  return inserted[0].n;
}

/**
 * Recomputes the establishment rollups of the given months from case_establishments (by occurred_on; under the
 * sending office; net of corrections, with the established and corrected people apart). Idempotent, as above.
 */
export async function recomputeEstablishmentMonths(
  tx: EntityManager,
  monthStarts: string[],
): Promise<number> {
  if (!monthStarts.length) return 0;
  await tx.query(`DELETE FROM "statistics_establishment_rollups" WHERE "year_month" = ANY($1::date[])`, [
    monthStarts,
  ]);
  const inserted: { n: number }[] = await tx.query(
    `WITH months AS (SELECT DISTINCT unnest($1::date[]) AS "month"),
     written AS (
       INSERT INTO "statistics_establishment_rollups"
         ("year_month", "office_id", "move_type", "sending_jsic_code", "receiving_jsic_code", "people",
          "established_people", "corrected_people")
       SELECT m."month", e."sending_office_id", e."move_type", e."sending_jsic_code", e."receiving_jsic_code",
              sum(e."people")::int,
              coalesce(sum(e."people") FILTER (WHERE e."kind" = 'ESTABLISHED'), 0)::int,
              coalesce(sum(e."people") FILTER (WHERE e."kind" = 'CORRECTION'), 0)::int
         FROM months m
         JOIN "case_establishments" e
           ON e."occurred_on" >= m."month" AND e."occurred_on" < (m."month" + interval '1 month')::date
        GROUP BY 1, 2, 3, 4, 5
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM written`,
    [monthStarts],
  );
  return inserted[0].n;
}

/**
 * Recomputes the month rollups of the given months from the two detailed rollups (not the raw rows: they were just
 * rewritten in this transaction). Call it after recomputing either kind for those months, under the same lock.
 */
export async function recomputeMonthRollups(tx: EntityManager, monthStarts: string[]): Promise<number> {
  if (!monthStarts.length) return 0;
  await tx.query(`DELETE FROM "statistics_month_rollups" WHERE "year_month" = ANY($1::date[])`, [
    monthStarts,
  ]);
  const inserted: { n: number }[] = await tx.query(
    `WITH parts AS (
       SELECT "year_month", "office_id", "side" || ':' || "move_scope" AS "part", "people"
         FROM "statistics_offer_rollups" WHERE "year_month" = ANY($1::date[])
       UNION ALL
       SELECT "year_month", "office_id", 'ESTABLISHED:' || "move_type", "people"
         FROM "statistics_establishment_rollups" WHERE "year_month" = ANY($1::date[])
     ),
     written AS (
       INSERT INTO "statistics_month_rollups" ("year_month", "office_id", "receiving_secondment", "receiving_transfer",
         "receiving_either", "sending_secondment", "sending_transfer", "sending_either", "established_secondment",
         "established_transfer")
       SELECT "year_month", "office_id",
              coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:SECONDMENT'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:TRANSFER'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'RECEIVING:EITHER'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:SECONDMENT'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:TRANSFER'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'SENDING:EITHER'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'ESTABLISHED:SECONDMENT'), 0),
              coalesce(sum("people") FILTER (WHERE "part" = 'ESTABLISHED:TRANSFER'), 0)
         FROM parts
        GROUP BY "year_month", "office_id"
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM written`,
    [monthStarts],
  );
  return inserted[0].n;
}

/**
 * Takes (deletes) up to `limit` change marks, oldest first, as the months they name. A SELECT over the deleted rows (a
 * bare DELETE … RETURNING comes back from TypeORM as [rows, count]).
 */
export function takeChangeMarks(
  tx: EntityManager,
  limit: number,
): Promise<{ kind: 'OFFERS' | 'ESTABLISHMENTS'; month: string }[]> {
  return tx.query(
    `WITH taken AS (
       DELETE FROM "statistics_changes"
        WHERE "id" IN (SELECT "id" FROM "statistics_changes" ORDER BY "id" LIMIT $1)
       RETURNING "kind", "year_month"
     )
     SELECT "kind", to_char("year_month", 'YYYY-MM-DD') AS "month" FROM taken`,
    [limit],
  );
}

/** The earliest and the latest month (YYYY-MM) of any raw row or rollup (index look-ups only). */
export async function rollupMonthBounds(
  db: EntityManager,
): Promise<{ first: string | null; last: string | null }> {
  const [bounds]: { first: string | null; last: string | null }[] = await db.query(
    `SELECT to_char(min(d), 'YYYY-MM') AS "first", to_char(max(d), 'YYYY-MM') AS "last"
       FROM (SELECT min("received_on") AS d FROM "sending_offers"
             UNION ALL SELECT max("received_on") FROM "sending_offers"
             UNION ALL SELECT min("received_on") FROM "receiving_offers"
             UNION ALL SELECT max("received_on") FROM "receiving_offers"
             UNION ALL SELECT min("occurred_on") FROM "case_establishments"
             UNION ALL SELECT max("occurred_on") FROM "case_establishments"
             UNION ALL SELECT min("year_month") FROM "statistics_offer_rollups"
             UNION ALL SELECT max("year_month") FROM "statistics_offer_rollups"
             UNION ALL SELECT min("year_month") FROM "statistics_establishment_rollups"
             UNION ALL SELECT max("year_month") FROM "statistics_establishment_rollups"
             UNION ALL SELECT min("year_month") FROM "statistics_month_rollups"
             UNION ALL SELECT max("year_month") FROM "statistics_month_rollups") AS bounds`,
  );
  return bounds;
}
