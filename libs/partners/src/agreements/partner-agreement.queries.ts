// The agreements' SQL: the one read that aggregates across institutions rather than loading entities.
import type { DataSource } from 'typeorm';
import type { PartnerType } from '../partner-enums';

/** Agreements in force on `asOf` (signed on or before it, not ended by then), counted per partner type present. */
export function countAgreementsInForceByType(
  db: DataSource,
  asOf: string,
): Promise<{ type: PartnerType; n: number }[]> {
  return db.query(
    `SELECT i."type", count(*)::int AS n
       FROM "partner_agreements" a
       JOIN "partner_institutions" i ON i."id" = a."institution_id"
      WHERE a."signed_on" <= $1::date AND (a."ended_on" IS NULL OR a."ended_on" > $1::date)
      GROUP BY i."type"`,
    [asOf],
  );
}
