import type { EntityManager } from 'typeorm';

/** What a possible duplicate matched, as the Center compares it side by side with the referral. */
export interface DuplicateCounterpart {
  kind: 'REFERRAL' | 'SENDING_OFFER' | 'RECEIVING_OFFER';
  id: string;
  /** The Center may open it: a forwarded referral, or any offer. */
  viewable: boolean;
  /** Null for a referral its partner has not forwarded yet (its content is still the partner's own). */
  companyName: string | null;
  corporateNumber: string | null;
  prefectureCode: string | null;
  /** The referring institution (referrals only). */
  institutionName: string | null;
  /** ReferralStatus or OfferStatus. */
  status: string;
  /** Occupations (a referral) or the job title (an offer). */
  detail: string | null;
}

/**
 * Reads the matched referral or offer of a duplicate row, in the Center's database scope (a referral of another
 * institution included). A referral not yet forwarded shows its institution and status only.
 */
export async function duplicateCounterpart(
  tx: EntityManager,
  row: {
    duplicateReferralId: string | null;
    duplicateSendingOfferId: string | null;
    duplicateReceivingOfferId: string | null;
  },
): Promise<DuplicateCounterpart | null> {
  if (row.duplicateReferralId) {
    const [found] = await tx.query<DuplicateCounterpart[]>(
      `SELECT 'REFERRAL' AS "kind", r."id", r."forwarded_at" IS NOT NULL AS "viewable",
              CASE WHEN r."forwarded_at" IS NOT NULL THEN r."client_name" END AS "companyName",
              CASE WHEN r."forwarded_at" IS NOT NULL THEN r."client_corporate_number" END AS "corporateNumber",
              CASE WHEN r."forwarded_at" IS NOT NULL THEN r."client_prefecture_code" END AS "prefectureCode",
              i."name" AS "institutionName", r."status",
              CASE WHEN r."forwarded_at" IS NOT NULL THEN r."occupations" END AS "detail"
         FROM "referrals" r JOIN "partner_institutions" i ON i."id" = r."institution_id"
        WHERE r."id" = $1`,
      [row.duplicateReferralId],
    );
    return found ?? null;
  }
  const sending = row.duplicateSendingOfferId;
  const id = sending ?? row.duplicateReceivingOfferId;
  if (!id) return null;
  const table = sending ? 'sending_offers' : 'receiving_offers';
  const [found] = await tx.query<DuplicateCounterpart[]>(
    `SELECT $2::text AS "kind", o."id", true AS "viewable", c."legal_name" AS "companyName",
            c."corporate_number" AS "corporateNumber", c."prefecture_code" AS "prefectureCode",
            NULL AS "institutionName", o."status", o."job_title" AS "detail"
       FROM "${table}" o JOIN "companies" c ON c."id" = o."company_id"
      WHERE o."id" = $1`,
    [id, sending ? 'SENDING_OFFER' : 'RECEIVING_OFFER'],
  );
  return found ?? null;
}
