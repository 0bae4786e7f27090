// The Job Card's copies of a registrant's personal data, erased when the registration is anonymised: the trainee's
// name on the registrant's evaluation sheets (the column and the sheet's own header) and training plans, the
// trainee's facts copied into a plan (work history, dates), and the free text of a RETRY note. The ratings, a plan's
// curriculum and the RETRY menu stay: without a name they describe no one the Center can tell, like the talent bank's
// statistics columns.
import type { EntityManager } from 'typeorm';

export async function eraseRegistrantFromSheets(
  tx: EntityManager,
  registrantId: string,
  anonymisedName: string,
): Promise<void> {
  await tx.query(
    `UPDATE "jobcard_evaluation_sheets"
        SET "trainee_name" = $2::text,
            "sheet" = jsonb_set("sheet", '{header,traineeName}', to_jsonb($2::text)),
            "updated_at" = now()
      WHERE "registrant_id" = $1`,
    [registrantId, anonymisedName],
  );
}

export async function eraseRegistrantFromPlans(
  tx: EntityManager,
  registrantId: string,
  anonymisedName: string,
): Promise<void> {
  await tx.query(
    `UPDATE "jobcard_training_plans"
        SET "trainee_name" = $2::text, "trainee_facts" = NULL, "updated_at" = now()
      WHERE "registrant_id" = $1`,
    [registrantId, anonymisedName],
  );
  await tx.query(
    `UPDATE "jobcard_retry_notes" SET "note" = NULL, "updated_at" = now() WHERE "registrant_id" = $1 AND "note" IS NOT NULL`,
    [registrantId],
  );
}
