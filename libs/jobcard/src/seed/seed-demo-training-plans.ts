import type { DemoClock } from '@kakehashi/database';
import type { DataSource, EntityManager } from 'typeorm';
import { SUBSIDY_CASE_MESSAGES } from '../subsidies/subsidies.messages';
import { DEMO_TRAINEE_NAME, demoPlanDraft, demoPlanLogs, demoSubsidyEstimate } from './demo-training-plan';

const DEMO_CONSULTANT = 'consultant@kakehashi.example';

interface DemoCase {
  id: string;
  move_type: 'SECONDMENT' | 'TRANSFER';
  company_id: string;
  office_id: string;
}

/** The demo office's case in STEP 2 (企業間面談), a transfer first: the receiving company is the one that would train. */
async function step2Case(tx: EntityManager, officeId: string): Promise<DemoCase | null> {
  const rows: DemoCase[] = await tx.query(
    `SELECT c."id", c."move_type", r."company_id", co."owning_office_id" AS "office_id"
       FROM "cases" c
       JOIN "receiving_offers" r ON r."id" = c."receiving_offer_id"
       JOIN "companies" co ON co."id" = r."company_id"
      WHERE c."stage" = 'INTER_COMPANY_MEETING' AND $1 IN (c."sending_office_id", c."receiving_office_id")
      ORDER BY (c."move_type" = 'TRANSFER') DESC, c."created_at" LIMIT 1`,
    [officeId],
  );
  return rows[0] ?? null;
}

/**
 * The Job Card's training-plan demo (東京事務所, consultant@kakehashi.example): the seed's model plan for the receiving
 * company of the demo office's STEP 2 case, accepted, under way with a few days of its logs, and its training subsidy
 * estimate attached to the case as explained at STEP 2 (助成金の周知と活用勧奨). Skipped when the case already has the
 * plan, so it can run on every start. Raw SQL, as the other demo seeds: they run on a bare connection. Needs the demo
 * cases first. Returns how many plans and estimates were inserted.
 */
export async function seedDemoTrainingPlans(
  dataSource: DataSource,
  clock: DemoClock,
): Promise<{ jobcardTrainingPlans: number; jobcardSubsidyEstimates: number }> {
  return dataSource.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('kakehashi.seedDemoTrainingPlans'))`);
    const none = { jobcardTrainingPlans: 0, jobcardSubsidyEstimates: 0 };
    const [user]: { id: string; office_id: string }[] = await tx.query(
      `SELECT "id", "office_id" FROM "users" WHERE "email" = $1`,
      [DEMO_CONSULTANT],
    );
    const kase = user ? await step2Case(tx, user.office_id) : null;
    if (!user || !kase) return none;
    const existing: unknown[] = await tx.query(
      `SELECT 1 FROM "jobcard_training_plans" WHERE "case_id" = $1 AND "trainee_name" = $2`,
      [kase.id, DEMO_TRAINEE_NAME],
    );
    if (existing.length > 0) return none;
    const draft = demoPlanDraft(clock.today);
    const [plan]: { id: string }[] = await tx.query(
      `INSERT INTO "jobcard_training_plans" ("company_id", "office_id", "case_id", "trainee_name", "training_type",
         "status", "draft", "logs", "company_size_at_submission", "created_by_user_id", "updated_by_user_id")
       SELECT co."id", $2::uuid, $3::uuid, $4::varchar, $5::varchar, 'ACCEPTED', $6::jsonb, $7::jsonb, co."size",
              $8::uuid, $8::uuid
         FROM "companies" co WHERE co."id" = $1::uuid
       RETURNING "id"`,
      [
        kase.company_id,
        kase.office_id,
        kase.id,
        DEMO_TRAINEE_NAME,
        draft.type,
        JSON.stringify(draft),
        JSON.stringify(demoPlanLogs(clock.today)),
        user.id,
      ],
    );
    const { input, result } = demoSubsidyEstimate();
    const caseNotes = kase.move_type === 'SECONDMENT' ? [SUBSIDY_CASE_MESSAGES.secondeeNotCovered] : [];
    await tx.query(
      `INSERT INTO "jobcard_subsidy_estimates" ("case_id", "plan_id", "kind", "rate_table_id", "input", "result",
         "total_yen", "created_by_user_id")
       VALUES ($1, $2, 'TRAINING', $3, $4, $5, $6, $7)`,
      [
        kase.id,
        plan.id,
        input.rateTableId,
        JSON.stringify(input),
        JSON.stringify({ ...result, caseNotes }),
        result.totalYen,
        user.id,
      ],
    );
    return { jobcardTrainingPlans: 1, jobcardSubsidyEstimates: 1 };
  });
}
