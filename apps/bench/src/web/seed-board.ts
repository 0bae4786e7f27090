// A full board for the Tokyo office: `count` secondment cases spread over the first five stages, between the office's
// own demo offers, with days in stage from 0 to 60 (set-based SQL, as the other benchmarks load their data).
import type { Client } from 'pg';

const EARLY_STAGES = [
  'INFORMATION_COLLECTION',
  'INTER_COMPANY_MEETING',
  'INTERNAL_PROCEDURE',
  'WORKPLACE_TOUR',
  'CONTRACT',
];

export interface SeededBoard {
  officeId: string;
  /** One of the seeded cases, for the case page. */
  caseId: string;
}

export async function seedBoardCases(db: Client, count: number): Promise<SeededBoard> {
  const { rows } = await db.query<{ office_id: string; user_id: string; sending: string; receiving: string }>(
    `SELECT o."id" AS office_id, u."id" AS user_id,
            (SELECT s."id" FROM "sending_offers" s WHERE s."owning_office_id" = o."id" LIMIT 1) AS sending,
            (SELECT r."id" FROM "receiving_offers" r WHERE r."owning_office_id" = o."id" LIMIT 1) AS receiving
       FROM "users" u JOIN "offices" o ON o."id" = u."office_id"
      WHERE u."email" = 'consultant@kakehashi.example'`,
  );
  const seed = rows[0];
  if (!seed?.sending || !seed.receiving)
    throw new Error('the demo data has no Tokyo offers to open cases between');
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
       "receiving_office_id", "sending_consultant_id", "receiving_consultant_id", "people_planned", "stage",
       "stage_entered_at", "created_by_user_id", "updated_by_user_id", "version")
     SELECT 'SECONDMENT', $1, $2, $3, $3, $4, $4, 1 + (i % 3), ($5::text[])[1 + (i % 5)],
            now() - make_interval(days => i % 61), $4, $4, 1
       FROM generate_series(1, $6::int) AS i
     RETURNING "id"`,
    [seed.sending, seed.receiving, seed.office_id, seed.user_id, EARLY_STAGES, count],
  );
  return { officeId: seed.office_id, caseId: inserted.rows[0].id };
}
