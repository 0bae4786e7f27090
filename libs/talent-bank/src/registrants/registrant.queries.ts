// The raw SQL of registrations (the rest goes through their entities): the consent purposes, and the expiry and
// anonymisation that end a registration's personal data.
import type { Queryable } from '../shared/talent-bank-records';
import type { ConsentPurposeModel } from './registrant.model';

/** Every version of the consent purposes, the newest first. */
export function consentPurposes(db: Queryable): Promise<ConsentPurposeModel[]> {
  return db.query(
    `SELECT "version", "effective_from"::text AS "effectiveFrom", "purpose_text" AS "purposeText"
       FROM "talent_bank_consent_purposes" ORDER BY "effective_from" DESC, "version" DESC`,
  );
}

/** Whether `version` of the consent purposes exists and is in effect on `day`. */
export async function consentPurposeInEffect(db: Queryable, version: string, day: string): Promise<boolean> {
  const rows = await db.query<unknown[]>(
    `SELECT 1 FROM "talent_bank_consent_purposes" WHERE "version" = $1 AND "effective_from" <= $2`,
    [version, day],
  );
  return rows.length > 0;
}

/** The registration locked for the rest of the transaction, as anonymisation judges it; none when unknown. */
export async function lockForAnonymising(
  db: Queryable,
  registrantId: string,
): Promise<{ status: string; closedOn: string | null; anonymised: boolean } | undefined> {
  const rows = await db.query<{ status: string; closedOn: string | null; anonymised: boolean }[]>(
    `SELECT "status", "closed_on"::text AS "closedOn", "anonymised_at" IS NOT NULL AS "anonymised"
       FROM "talent_bank_registrants" WHERE "id" = $1 FOR UPDATE`,
    [registrantId],
  );
  return rows[0];
}

/** Removes the personal data of a registration, keeping what statistics and the proof of consent need. */
export async function eraseRegistrant(
  db: Queryable,
  registrantId: string,
  placeholderName: string,
): Promise<void> {
  await db.query(
    `UPDATE "talent_bank_registrants"
        SET "name" = $2, "kana" = '', "name_search_key" = '', "kana_search_key" = '',
            "date_of_birth_ciphertext" = NULL, "phone_ciphertext" = NULL, "email_ciphertext" = NULL,
            "address_ciphertext" = NULL, "encryption_key_id" = NULL,
            "gender" = NULL, "left_job_on" = NULL,
            "work_history" = '[]', "qualifications" = '[]', "skills" = '[]', "skill_keys" = '{}',
            "strengths" = NULL, "evaluation_summary" = NULL,
            "desired_occupation_codes" = '{}', "working_style" = NULL, "desired_days_per_week" = NULL,
            "desired_hours_per_day" = NULL, "desired_monthly_wage" = NULL,
            "acceptable_prefecture_codes" = '{}', "earliest_start_on" = NULL, "max_physical_demand" = NULL,
            "anonymised_at" = now(), "version" = "version" + 1, "updated_at" = now()
      WHERE "id" = $1`,
    [registrantId, placeholderName],
  );
}

/**
 * Expires the active registrations without contact for `expiryDays` before `today` (closed the day after the period),
 * among `ids` when given; returns those expired.
 */
export async function expireUncontacted(
  db: Queryable,
  today: string,
  expiryDays: number,
  ids: string[] | null,
): Promise<{ id: string; closedOn: string }[]> {
  // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
  const [expired] = await db.query<[{ id: string; closedOn: string }[], number]>(
    `UPDATE "talent_bank_registrants"
        SET "status" = 'EXPIRED', "closed_on" = "last_contacted_on" + $2::int + 1,
            "version" = "version" + 1, "updated_at" = now()
      WHERE "status" = 'ACTIVE' AND "last_contacted_on" + $2::int < $1::date
        AND ($3::uuid[] IS NULL OR "id" = ANY($3::uuid[]))
      RETURNING "id", "closed_on"::text AS "closedOn"`,
    [today, expiryDays, ids],
  );
  return expired;
}

/** One batch of closed, not yet anonymised registrations closed by `lastClosedDay`, by id after `after`. */
export function dueForAnonymising(
  db: Queryable,
  lastClosedDay: string,
  ids: string[] | null,
  after: string | null,
  batch: number,
): Promise<{ id: string }[]> {
  return db.query(
    `SELECT "id" FROM "talent_bank_registrants"
      WHERE "status" <> 'ACTIVE' AND "anonymised_at" IS NULL AND "closed_on" <= $1::date
        AND ($2::uuid[] IS NULL OR "id" = ANY($2::uuid[]))
        AND ($3::uuid IS NULL OR "id" > $3::uuid)
      ORDER BY "id" LIMIT ${batch}`,
    [lastClosedDay, ids, after],
  );
}
