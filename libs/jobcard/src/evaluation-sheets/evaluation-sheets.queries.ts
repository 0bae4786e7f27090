// The SQL of the evaluation sheets that reads other domains' tables (listed as readers in table-ownership.spec.ts):
// the case's workers and follow-ups, its sending offer's reason, the training plans.
import { SendingReason } from '@kakehashi/offers';
import type { EntityManager } from 'typeorm';

export async function caseHasWorker(db: EntityManager, caseId: string, workerId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM "cases" c, jsonb_array_elements(c."workers") AS w(worker)
      WHERE c."id" = $1 AND w.worker ->> 'id' = $2`,
    [caseId, workerId],
  );
  return rows.length > 0;
}

export async function planExists(db: EntityManager, planId: string): Promise<boolean> {
  const rows: unknown[] = await db.query(`SELECT 1 FROM "jobcard_training_plans" WHERE "id" = $1`, [planId]);
  return rows.length > 0;
}

/** Whether the follow-up (STEP6) was recorded on this case. */
export async function followUpOfCase(
  db: EntityManager,
  followUpId: string,
  caseId: string,
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM "case_follow_ups" WHERE "id" = $1 AND "case_id" = $2`,
    [followUpId, caseId],
  );
  return rows.length > 0;
}

/** The cases (of those given) whose sending offer's purpose is skills development (人材育成型出向, spec §9.1). */
export async function skillsDevelopmentCases(
  db: EntityManager,
  caseIds: readonly string[],
): Promise<Set<string>> {
  if (!caseIds.length) return new Set();
  const rows: { id: string }[] = await db.query(
    `SELECT c."id" FROM "cases" c JOIN "sending_offers" s ON s."id" = c."sending_offer_id"
      WHERE c."id" = ANY($1::uuid[]) AND s."reason" = $2`,
    [caseIds, SendingReason.SKILLS_DEVELOPMENT],
  );
  return new Set(rows.map((row) => row.id));
}

/** The evaluation milestones of a case's sheets, for the stage guard. */
export async function caseSheetMilestones(
  db: EntityManager,
  caseId: string,
): Promise<{ targetsPresentedOn: string | null; issuedOn: string | null }[]> {
  return db.query(
    `SELECT "targets_presented_on"::text AS "targetsPresentedOn", "issued_on"::text AS "issuedOn"
       FROM "jobcard_evaluation_sheets" WHERE "case_id" = $1`,
    [caseId],
  );
}
