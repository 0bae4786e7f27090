// The notifications' SQL: delivering to many users and marking read are set-based statements, not entity saves.
import type { EntityManager } from 'typeorm';
import type { NotificationDraft } from './services/notification-draft';

/**
 * One row per distinct user, skipping users who already have `draft.dedupeKey`; how many rows were created.
 * Recipients in a fixed order, so two deliveries to overlapping users lock their unique keys in the same order.
 */
export async function insertNotifications(
  db: EntityManager,
  userIds: string[],
  draft: NotificationDraft,
): Promise<number> {
  const [{ n }] = await db.query<{ n: number }[]>(
    `WITH "inserted" AS (
       INSERT INTO "notifications" ("user_id", "kind", "title", "body", "subject_type", "subject_id", "dedupe_key")
       SELECT r."user_id", $2, $3, $4, $5, $6::uuid, $7
         FROM (SELECT DISTINCT unnest($1::uuid[]) AS "user_id") r
        ORDER BY r."user_id"
       ON CONFLICT ("user_id", "dedupe_key") DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM "inserted"`,
    [
      userIds,
      draft.kind,
      draft.title,
      draft.body,
      draft.subjectType ?? null,
      draft.subjectId ?? null,
      draft.dedupeKey,
    ],
  );
  return n;
}

/**
 * Marks a user's unread notifications read (all, or only the ids given); how many changed. Only unread rows change,
 * so marking twice counts once and keeps the first read time.
 */
export async function markUnreadNotificationsRead(
  db: EntityManager,
  userId: string,
  ids: readonly string[] | null,
): Promise<number> {
  const [{ n }] = await db.query<{ n: number }[]>(
    `WITH "changed" AS (
       UPDATE "notifications" SET "read_at" = now()
        WHERE "user_id" = $1 AND "read_at" IS NULL ${ids ? `AND "id" = ANY($2::uuid[])` : ''}
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM "changed"`,
    ids ? [userId, ids] : [userId],
  );
  return n;
}
