// The month closings' SQL: whether a month is closed, and recording a closing once.
import type { EntityManager } from 'typeorm';

/** When the month (its first day) was closed, or null when it is not. */
export async function closedAt(db: EntityManager, monthStart: string): Promise<Date | null> {
  const existing: { closed_at: Date }[] = await db.query(
    `SELECT "closed_at" FROM "statistics_month_closings" WHERE "year_month" = $1::date`,
    [monthStart],
  );
  return existing[0]?.closed_at ?? null;
}

/** Records the closing with its figures; its time, or null when the month was closed already. */
export async function insertClosing(
  db: EntityManager,
  monthStart: string,
  userId: string,
  figures: Record<string, number>,
): Promise<Date | null> {
  const inserted: { closed_at: Date }[] = await db.query(
    `INSERT INTO "statistics_month_closings" ("year_month", "closed_by_user_id", "figures")
     VALUES ($1::date, $2, $3::jsonb)
     ON CONFLICT ("year_month") DO NOTHING
     RETURNING "closed_at"`,
    [monthStart, userId, JSON.stringify(figures)],
  );
  return inserted[0]?.closed_at ?? null;
}
