import type { EntityManager } from 'typeorm';
import { assertValidDelivery, type NotificationDraft } from '../notifications/services/notification-draft';

export interface DatedDelivery {
  userId: string;
  /** When the user read it; null while unread. */
  readAt: Date | null;
}

/**
 * For the demo data only: NotifyUsersService's delivery (one row per user, nothing new for a user who already has the
 * dedupe key) as it happened at `createdAt`, each recipient's read time as it later was. Returns how many rows were
 * created.
 */
export async function deliverDatedNotification(
  manager: EntityManager,
  deliveries: DatedDelivery[],
  draft: NotificationDraft,
  createdAt: Date,
): Promise<number> {
  assertValidDelivery(
    deliveries.map((d) => d.userId),
    draft,
  );
  if (!deliveries.length) return 0;
  const [{ n }] = await manager.query<{ n: number }[]>(
    `WITH "inserted" AS (
       INSERT INTO "notifications" ("user_id", "kind", "title", "body", "subject_type", "subject_id", "dedupe_key",
         "created_at", "read_at")
       SELECT d."user_id", $3, $4, $5, $6, $7::uuid, $8, $9, d."read_at"
         FROM unnest($1::uuid[], $2::timestamptz[]) AS d("user_id", "read_at")
        ORDER BY d."user_id"
       ON CONFLICT ("user_id", "dedupe_key") DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS "n" FROM "inserted"`,
    [
      deliveries.map((d) => d.userId),
      deliveries.map((d) => d.readAt),
      draft.kind,
      draft.title,
      draft.body,
      draft.subjectType ?? null,
      draft.subjectId ?? null,
      draft.dedupeKey,
      createdAt,
    ],
  );
  return n;
}
