// A full board for the Tokyo office: `count` cases spread evenly over every column of the board (the transfer path's
// own stages as transfers, the established stages with their 成立 day), between the office's own demo offers, with
// days in stage from 0 to 60 (set-based SQL, as the other benchmarks load their data).
import type { Client } from 'pg';

const BOARD_STAGES = [
  'INFORMATION_COLLECTION',
  'INTER_COMPANY_MEETING',
  'INTERNAL_PROCEDURE',
  'WORKPLACE_TOUR',
  'CONTRACT',
  'STARTED',
  'HIRING_AGREED',
  'HIRED',
  'FOLLOW_UP',
];
const TRANSFER_ONLY = ['HIRING_AGREED', 'HIRED'];
const ESTABLISHED = ['STARTED', 'HIRED', 'FOLLOW_UP'];

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
    `WITH spread AS (
       SELECT i, ($5::text[])[1 + (i % array_length($5::text[], 1))] AS stage, 1 + (i % 3) AS people
         FROM generate_series(1, $6::int) AS i)
     INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
       "receiving_office_id", "sending_consultant_id", "receiving_consultant_id", "people_planned", "stage",
       "stage_entered_at", "established_on", "people_established", "created_by_user_id", "updated_by_user_id",
       "version")
     SELECT CASE WHEN stage = ANY($7::text[]) THEN 'TRANSFER' ELSE 'SECONDMENT' END, $1, $2, $3, $3, $4, $4, people,
            stage, now() - make_interval(days => i % 61),
            CASE WHEN stage = ANY($8::text[]) THEN current_date - (i % 61) END,
            CASE WHEN stage = ANY($8::text[]) THEN people ELSE 0 END, $4, $4, 1
       FROM spread
     RETURNING "id"`,
    [
      seed.sending,
      seed.receiving,
      seed.office_id,
      seed.user_id,
      BOARD_STAGES,
      count,
      TRANSFER_ONLY,
      ESTABLISHED,
    ],
  );
  return { officeId: seed.office_id, caseId: inserted.rows[0].id };
}
