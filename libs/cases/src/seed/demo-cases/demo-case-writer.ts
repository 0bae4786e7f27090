// Stores a replayed demo case with the same statements the use cases run, but with the moments the replay gave each
// row: the case, its history, the 成立 (people taken from both offers, the statistics' event), the reminders, the
// follow-ups and the consultants' notifications.
import { deliverDatedNotification } from '@kakehashi/notifications';
import { OfferPlacementService } from '@kakehashi/offers';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../../cases/case.entity';
import { EstablishmentKind } from '../../establishments/case-establishment.entity';
import type { DemoCaseRows } from './demo-case-replay';

const CASE_COLUMNS: [string, (c: CaseEntity) => unknown][] = [
  ['id', (c) => c.id],
  ['number', (c) => c.number],
  ['move_type', (c) => c.moveType],
  ['sending_offer_id', (c) => c.sendingOfferId],
  ['receiving_offer_id', (c) => c.receivingOfferId],
  ['match_decision_id', (c) => c.matchDecisionId],
  ['sending_office_id', (c) => c.sendingOfficeId],
  ['receiving_office_id', (c) => c.receivingOfficeId],
  ['sending_consultant_id', (c) => c.sendingConsultantId],
  ['receiving_consultant_id', (c) => c.receivingConsultantId],
  ['people_planned', (c) => c.peoplePlanned],
  ['stage', (c) => c.stage],
  ['stage_entered_at', (c) => c.stageEnteredAt],
  ['workers', (c) => JSON.stringify(c.workers)],
  ['meeting', (c) => json(c.meeting)],
  ['internal_procedure', (c) => json(c.internalProcedure)],
  ['workplace_tour', (c) => json(c.workplaceTour)],
  ['contract', (c) => json(c.contract)],
  ['hiring_agreement', (c) => json(c.hiringAgreement)],
  ['established_on', (c) => c.establishedOn],
  ['people_established', (c) => c.peopleEstablished],
  ['ended_on', (c) => c.endedOn],
  ['ended_from_stage', (c) => c.endedFromStage],
  ['not_established_reason', (c) => c.notEstablishedReason],
  ['not_established_note', (c) => c.notEstablishedNote],
  ['completion_outcome', (c) => c.completionOutcome],
  ['completion_note', (c) => c.completionNote],
  ['created_by_user_id', (c) => c.createdByUserId],
  ['updated_by_user_id', (c) => c.updatedByUserId],
  ['version', (c) => c.version],
  ['created_at', (c) => c.createdAt],
  ['updated_at', (c) => c.updatedAt],
];

const json = (value: object | null): string | null => (value === null ? null : JSON.stringify(value));

export async function writeDemoCase(tx: EntityManager, rows: DemoCaseRows): Promise<void> {
  const c = rows.entity;
  await tx.query(
    `INSERT INTO "cases" (${CASE_COLUMNS.map(([name]) => `"${name}"`).join(', ')})
     VALUES (${CASE_COLUMNS.map((_column, i) => `$${i + 1}`).join(', ')})`,
    CASE_COLUMNS.map(([, value]) => value(c)),
  );
  for (const entry of rows.history) {
    await tx.query(
      `INSERT INTO "case_history" ("case_id", "action", "actor_user_id", "from_stage", "to_stage", "changes", "reason",
         "case_version", "recorded_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        c.id,
        entry.action,
        entry.actorUserId,
        entry.fromStage,
        entry.toStage,
        JSON.stringify(entry.changes),
        entry.reason,
        entry.caseVersion,
        entry.recordedAt,
      ],
    );
  }
  if (rows.placement) await writePlacement(tx, c, rows.placement);
  await writeReminders(tx, c, rows);
}

/** RecordEstablishmentService's 成立: the people leave both offers, and the event the statistics count. */
async function writePlacement(
  tx: EntityManager,
  c: CaseEntity,
  placement: NonNullable<DemoCaseRows['placement']>,
): Promise<void> {
  const people = placement.workerIds.length;
  const placed = await new OfferPlacementService().place(tx, c, people);
  if ('shortfalls' in placed)
    throw new Error(`demo case ${c.number}: the offers have fewer than ${people} left`);
  // appendEstablishment: the two companies' industries as they are now.
  await tx.query(
    `INSERT INTO "case_establishments" ("case_id", "kind", "occurred_on", "people", "move_type", "sending_offer_id",
       "receiving_offer_id", "sending_office_id", "receiving_office_id", "sending_jsic_code", "receiving_jsic_code",
       "worker_ids", "reason", "recorded_by_user_id", "recorded_at")
     SELECT $1, $2, $3, $4, $5, s."id", r."id", $6, $7, sc."jsic_major_code", rc."jsic_major_code", $8, NULL, $9, $10
       FROM "sending_offers" s JOIN "companies" sc ON sc."id" = s."company_id",
            "receiving_offers" r JOIN "companies" rc ON rc."id" = r."company_id"
      WHERE s."id" = $11 AND r."id" = $12`,
    [
      c.id,
      EstablishmentKind.ESTABLISHED,
      placement.occurredOn,
      people,
      c.moveType,
      c.sendingOfficeId,
      c.receivingOfficeId,
      placement.workerIds,
      placement.recordedByUserId,
      placement.recordedAt,
      c.sendingOfferId,
      c.receivingOfferId,
    ],
  );
}

/** The tasks, the follow-ups that answered them (the two refer to each other), and the notifications of due ones. */
async function writeReminders(tx: EntityManager, c: CaseEntity, rows: DemoCaseRows): Promise<void> {
  for (const t of rows.tasks) {
    await tx.query(
      `INSERT INTO "case_tasks" ("id", "case_id", "kind", "due_on", "status", "became_due_at", "done_at",
         "done_by_user_id", "created_at", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        t.id,
        c.id,
        t.kind,
        t.dueOn,
        t.status,
        t.becameDueAt,
        t.doneAt,
        t.doneByUserId,
        t.createdAt,
        t.updatedAt,
      ],
    );
  }
  for (const f of rows.followUps) {
    await tx.query(
      `INSERT INTO "case_follow_ups" ("id", "case_id", "task_id", "held_on", "method", "conducted_by_user_id",
         "participants", "secondee_situation", "sender_situation", "receiver_situation", "issues", "actions",
         "recorded_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        f.id,
        c.id,
        f.taskId,
        f.heldOn,
        f.method,
        f.conductedByUserId,
        f.participants,
        f.secondeeSituation,
        f.senderSituation,
        f.receiverSituation,
        f.issues,
        f.actions,
        f.recordedAt,
      ],
    );
    if (f.taskId)
      await tx.query(`UPDATE "case_tasks" SET "follow_up_id" = $2 WHERE "id" = $1`, [f.taskId, f.id]);
  }
  for (const n of rows.notifications) {
    await deliverDatedNotification(tx, n.deliveries, n.draft, n.createdAt);
  }
}
