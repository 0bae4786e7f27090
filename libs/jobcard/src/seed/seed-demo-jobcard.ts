import { addDays } from '@kakehashi/calendar';
import type { DataSource, EntityManager } from 'typeorm';
import { demoEvaluations, demoSheet } from './demo-jobcard-sheet';

const DEMO_CONSULTANT = 'consultant@kakehashi.example';
/** The demo office's STEP6 secondment with a follow-up due today (cases' demo): made a skills-development one. */
const DEMO_SENDING_JOB = '化学プラント製造オペレーター';

interface DemoCaseRow {
  id: string;
  sending_office_id: string;
  workers: { id: string; label: string }[];
  start_on: string | null;
  end_on: string | null;
  established_on: string | null;
}

async function demoCase(tx: EntityManager): Promise<DemoCaseRow | null> {
  const rows: DemoCaseRow[] = await tx.query(
    `SELECT c."id", c."sending_office_id", c."workers",
            c."contract" ->> 'startOn' AS start_on, c."contract" ->> 'endOn' AS end_on, c."established_on"::text
       FROM "cases" c JOIN "sending_offers" s ON s."id" = c."sending_offer_id"
      WHERE s."job_title" = $1 AND c."move_type" = 'SECONDMENT'
      ORDER BY c."created_at" LIMIT 1`,
    [DEMO_SENDING_JOB],
  );
  return rows[0] ?? null;
}

/**
 * The Job Card demo (東京事務所, consultant@kakehashi.example): one skills-development secondment (the cases' demo
 * secondment in STEP6, whose sending offer's purpose is 人材育成 in offers' demo data) with its evaluation sheet, the targets presented
 * before the start and the mid-term recorded at the first follow-up. Skipped when the case is missing or already has
 * a sheet, so it can run on every start. Needs the demo cases first. Returns how many sheets were inserted.
 */
export async function seedDemoJobcard(dataSource: DataSource): Promise<{ jobcardSheets: number }> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoJobcard'))`);
    const found = await demoCase(tx);
    const worker = found?.workers[0];
    if (!found || !worker || !found.start_on || !found.end_on) return { jobcardSheets: 0 };
    const existing: unknown[] = await tx.query(
      `SELECT 1 FROM "jobcard_evaluation_sheets" WHERE "case_id" = $1`,
      [found.id],
    );
    if (existing.length) return { jobcardSheets: 0 };
    const [user]: { id: string }[] = await tx.query(`SELECT "id" FROM "users" WHERE "email" = $1`, [
      DEMO_CONSULTANT,
    ]);
    if (!user) return { jobcardSheets: 0 };
    const [followUp]: { id: string; held_on: string }[] = await tx.query(
      `SELECT "id", "held_on"::text FROM "case_follow_ups" WHERE "case_id" = $1 ORDER BY "held_on" LIMIT 1`,
      [found.id],
    );
    const sheet = demoSheet(worker.label, found.start_on, found.end_on);
    const targetsOn = addDays(found.established_on ?? found.start_on, -7);
    const midtermOn = followUp?.held_on ?? addDays(found.start_on, 7);
    // Raw SQL as the other demo seeds: they run on a bare connection without the entities.
    await tx.query(
      `INSERT INTO "jobcard_evaluation_sheets" ("subject_kind", "case_id", "case_worker_id", "office_id", "trainee_name",
         "duty", "duty_type", "period_start", "period_end", "sheet", "evaluations", "targets_presented_on",
         "created_by_user_id", "updated_by_user_id")
       VALUES ('CASE_SECONDEE', $1, $2, $3, $4, $5, 'SKILLED', $6, $7, $8, $9, $10, $11, $11)`,
      [
        found.id,
        worker.id,
        found.sending_office_id,
        worker.label,
        sheet.header.duty,
        found.start_on,
        found.end_on,
        JSON.stringify(sheet),
        JSON.stringify(demoEvaluations(sheet, targetsOn, midtermOn, followUp?.id ?? null)),
        targetsOn,
        user.id,
      ],
    );
    return { jobcardSheets: 1 };
  });
}
