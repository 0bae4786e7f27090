// The follow-up settings' SQL: the one row the administrator edits.
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_FOLLOW_UP_SETTINGS, type FollowUpSettings } from './follow-up-plan';

export interface StoredFollowUpSettings extends FollowUpSettings {
  version: number;
  updatedAt: Date | null;
  updatedByUserId: string | null;
}

/** The administrator's follow-up defaults (the migration seeds the one row; the defaults stand in if it is gone). */
export async function readFollowUpSettings(db: DataSource | EntityManager): Promise<StoredFollowUpSettings> {
  const rows = await db.query<
    {
      first_after_months: number;
      interval_months: number;
      before_end_months: number;
      transfer_horizon_months: number;
      version: number;
      updated_at: Date;
      updated_by_user_id: string | null;
    }[]
  >(
    `SELECT "first_after_months", "interval_months", "before_end_months", "transfer_horizon_months", "version",
            "updated_at", "updated_by_user_id"
       FROM "case_follow_up_settings" WHERE "id" = 1`,
  );
  const row = rows[0];
  if (!row) return { ...DEFAULT_FOLLOW_UP_SETTINGS, version: 0, updatedAt: null, updatedByUserId: null };
  return {
    firstAfterMonths: row.first_after_months,
    intervalMonths: row.interval_months,
    beforeEndMonths: row.before_end_months,
    transferHorizonMonths: row.transfer_horizon_months,
    version: row.version,
    updatedAt: row.updated_at,
    updatedByUserId: row.updated_by_user_id,
  };
}

/**
 * Writes the settings if the row is still at `expectedVersion`: one statement decides who wins. False when another
 * change came first.
 */
export async function updateFollowUpSettingsRow(
  db: DataSource | EntityManager,
  settings: FollowUpSettings,
  byUserId: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query<{ version: number }[]>(
    `WITH "u" AS (
       UPDATE "case_follow_up_settings"
          SET "first_after_months" = $1, "interval_months" = $2, "before_end_months" = $3,
              "transfer_horizon_months" = $4, "updated_by_user_id" = $5, "version" = "version" + 1,
              "updated_at" = now()
        WHERE "id" = 1 AND "version" = $6
       RETURNING "version"
     )
     SELECT "version" FROM "u"`,
    [
      settings.firstAfterMonths,
      settings.intervalMonths,
      settings.beforeEndMonths,
      settings.transferHorizonMonths,
      byUserId,
      expectedVersion,
    ],
  );
  return rows.length > 0;
}
