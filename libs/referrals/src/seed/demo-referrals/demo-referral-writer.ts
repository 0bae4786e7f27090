// Stores a replayed demo referral with the rows the use cases write, but with the moments the replay gave them: the
// referral, its history (the tenant columns copied from the referral, as recordReferralEvent copies them) and, for a
// submitted one, what duplicate detection found at its submission (ReferralDuplicateService, as SubmitReferralService
// runs it), kept in the Center-only table with the referral flagged.
import type { EntityManager } from 'typeorm';
import type { ReferralDuplicateService, FoundDuplicate } from '../../duplicates/referral-duplicate.service';
import type { DemoReferral, DemoReferralRows } from './demo-referral-replay';

const COLUMNS: (keyof DemoReferral)[] = [
  'id',
  'institutionId',
  'branchId',
  'createdByUserId',
  'status',
  'clientName',
  'clientNameSearchKey',
  'clientCorporateNumber',
  'clientJsicMajorCode',
  'clientPrefectureCode',
  'clientSize',
  'clientEmployeeCount',
  'need',
  'surplusPeople',
  'shortagePeople',
  'occupations',
  'desiredStartOn',
  'description',
  'consentObtainedOn',
  'consentObtainedBy',
  'possibleDuplicate',
  'returnReason',
  'assignedOfficeId',
  'companyId',
  'sendingOfferId',
  'receivingOfferId',
  'outcome',
  'outcomeOn',
  'outcomeCaseId',
  'outcomeNoCaseReason',
  'importId',
  'importRowNumber',
  'submittedAt',
  'forwardedAt',
  'acceptedAt',
  'returnedAt',
  'assignedAt',
  'convertedAt',
  'closedAt',
  'version',
  'createdAt',
  'updatedAt',
];

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export async function writeDemoReferral(tx: EntityManager, rows: DemoReferralRows): Promise<void> {
  const r = rows.referral;
  await tx.query(
    `INSERT INTO "referrals" (${COLUMNS.map((c) => `"${snake(c)}"`).join(', ')})
     VALUES (${COLUMNS.map((_c, i) => `$${i + 1}`).join(', ')})`,
    COLUMNS.map((c) => r[c]),
  );
  for (const e of rows.events) {
    await tx.query(
      `INSERT INTO "referral_events" ("referral_id", "institution_id", "branch_id", "action", "from_status",
         "to_status", "actor_user_id", "actor_role", "reason", "occurred_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        r.id,
        r.institutionId,
        r.branchId,
        e.action,
        e.fromStatus,
        e.toStatus,
        e.actorUserId,
        e.actorRole,
        e.reason,
        e.occurredAt,
      ],
    );
  }
}

/**
 * Duplicate detection as it ran when the referral was submitted: the open referrals submitted before it and the
 * offers received by then (not what came later, such as the offers the referral itself became). Returns what was
 * found; the referral is flagged when anything was.
 */
export async function flagDemoDuplicates(
  tx: EntityManager,
  duplicates: ReferralDuplicateService,
  referral: DemoReferral,
): Promise<FoundDuplicate[]> {
  const submittedAt = referral.submittedAt;
  if (!submittedAt) return [];
  const found = (await duplicates.find(tx, [referral])).get(referral.id) ?? [];
  const then: FoundDuplicate[] = [];
  for (const match of found) {
    if (await existedAt(tx, match, submittedAt)) then.push(match);
  }
  if (!then.length) return then;
  await tx.query(
    `INSERT INTO "referral_duplicates" ("referral_id", "institution_id", "matched_by", "duplicate_referral_id",
       "duplicate_sending_offer_id", "duplicate_receiving_offer_id", "found_at")
     SELECT $1, $2, m."matched_by", m."referral_id", m."sending_offer_id", m."receiving_offer_id", $4
       FROM jsonb_to_recordset($3::jsonb) AS m("matched_by" text, "referral_id" uuid, "sending_offer_id" uuid,
            "receiving_offer_id" uuid)`,
    [
      referral.id,
      referral.institutionId,
      JSON.stringify(
        then.map((m) => ({
          matched_by: m.matchedBy,
          referral_id: m.duplicateReferralId,
          sending_offer_id: m.duplicateSendingOfferId,
          receiving_offer_id: m.duplicateReceivingOfferId,
        })),
      ),
      submittedAt,
    ],
  );
  // As ReferralDuplicateService.flag: a plain column write, the version is for users' edits.
  await tx.query(`UPDATE "referrals" SET "possible_duplicate" = true WHERE "id" = $1`, [referral.id]);
  return then;
}

async function existedAt(tx: EntityManager, match: FoundDuplicate, moment: Date): Promise<boolean> {
  const [row] = await tx.query<{ existed: boolean }[]>(
    `SELECT CASE
       WHEN $1::uuid IS NOT NULL THEN (SELECT r."submitted_at" < $4::timestamptz FROM "referrals" r WHERE r."id" = $1)
       WHEN $2::uuid IS NOT NULL THEN (SELECT o."received_on" <= ($4::timestamptz AT TIME ZONE 'Asia/Tokyo')::date
                                         FROM "sending_offers" o WHERE o."id" = $2)
       ELSE (SELECT o."received_on" <= ($4::timestamptz AT TIME ZONE 'Asia/Tokyo')::date
               FROM "receiving_offers" o WHERE o."id" = $3)
     END AS "existed"`,
    [match.duplicateReferralId, match.duplicateSendingOfferId, match.duplicateReceivingOfferId, moment],
  );
  return row?.existed === true;
}
