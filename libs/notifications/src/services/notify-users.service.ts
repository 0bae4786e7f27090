import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertValidDelivery, type NotificationDraft } from './notification-draft';

/** Delivers one notification to several users; the one way other modules write notifications. */
@Injectable()
export class NotifyUsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One row per distinct user; users who already have `draft.dedupeKey` get nothing new. Returns how many rows were
   * created. Pass the caller's `manager` to notify inside its transaction (a rollback then leaves nothing).
   */
  async notify(userIds: string[], draft: NotificationDraft, manager?: EntityManager): Promise<number> {
    assertValidDelivery(userIds, draft);
    if (!userIds.length) return 0;
    // Recipients in a fixed order, so two deliveries to overlapping users lock their unique keys in the same order.
    const [{ n }] = await (manager ?? this.dataSource.manager).query<{ n: number }[]>(
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
}
