// The raw SQL of support requests (the rest goes through their entity).
import type { Queryable } from '../shared/talent-bank-records';

/** The office in charge of a support request; none when there is no such request (`id` must be a UUID). */
export async function supportRequestOfficeId(db: Queryable, id: string): Promise<string | undefined> {
  const rows = await db.query<{ officeId: string }[]>(
    `SELECT "office_id" AS "officeId" FROM "talent_bank_support_requests" WHERE "id" = $1`,
    [id],
  );
  return rows[0]?.officeId;
}
