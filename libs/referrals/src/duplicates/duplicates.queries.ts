// Duplicate detection's raw SQL: the matches of many referrals at once, their records and flags, and what a
// duplicate matched as the Center compares it.
import { OfferStatus } from '@kakehashi/offers';
import type { EntityManager } from 'typeorm';
import type { DuplicateMatch } from '../referral-enums';

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

/** One match of one candidate: another open referral, or an open sending or receiving offer of the same company. */
export interface DuplicateMatchRow {
  candidate_id: string;
  matched_by: DuplicateMatch;
  referral_id: string | null;
  sending_offer_id: string | null;
  receiving_offer_id: string | null;
}

const OPEN_OFFER_STATUSES = [OfferStatus.OPEN, OfferStatus.IN_PROGRESS];

/** The same company: the corporate number when the referral has one, else (or also) name key and prefecture. */
const SAME_COMPANY = `((c."corporate_number" IS NOT NULL AND co."corporate_number" = c."corporate_number")
  OR (co."name_search_key" = c."name_key" AND co."prefecture_code" = c."prefecture"))`;

const MATCHED_BY = `CASE WHEN c."corporate_number" IS NOT NULL AND co."corporate_number" = c."corporate_number"
  THEN 'CORPORATE_NUMBER' ELSE 'NAME_PREFECTURE' END`;

/**
 * Every candidate's matches in one statement: other institutions' open referrals through the SECURITY DEFINER
 * function kakehashi_open_referral_duplicates, the open offers of the same company directly.
 */
export function findDuplicateMatches(
  tx: EntityManager,
  candidates: readonly {
    id: string;
    clientCorporateNumber: string | null;
    clientNameSearchKey: string;
    clientPrefectureCode: string;
  }[],
): Promise<DuplicateMatchRow[]> {
  const params = [
    candidates.map((c) => c.id),
    candidates.map((c) => c.clientCorporateNumber),
    candidates.map((c) => c.clientNameSearchKey),
    candidates.map((c) => c.clientPrefectureCode),
  ];
  return tx.query<DuplicateMatchRow[]>(
    `WITH "c" AS (
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
                  AS t("id", "corporate_number", "name_key", "prefecture")
     )
     SELECT c."id" AS "candidate_id", d."matched_by", d."referral_id",
            NULL::uuid AS "sending_offer_id", NULL::uuid AS "receiving_offer_id"
       FROM "c" CROSS JOIN LATERAL
            kakehashi_open_referral_duplicates(c."corporate_number", c."name_key", c."prefecture", c."id") d
     UNION ALL
     SELECT c."id", ${MATCHED_BY}, NULL, s."id", NULL
       FROM "c" JOIN "companies" co ON ${SAME_COMPANY}
            JOIN "sending_offers" s ON s."company_id" = co."id" AND s."status" = ANY($5::text[])
     UNION ALL
     SELECT c."id", ${MATCHED_BY}, NULL, NULL, r."id"
       FROM "c" JOIN "companies" co ON ${SAME_COMPANY}
            JOIN "receiving_offers" r ON r."company_id" = co."id" AND r."status" = ANY($5::text[])`,
    [...params, OPEN_OFFER_STATUSES],
  );
}

/** Records the matches (the Center-only referral_duplicates table), in one statement. */
export async function insertDuplicates(
  tx: EntityManager,
  rows: readonly {
    referralId: string;
    institutionId: string;
    matchedBy: DuplicateMatch;
    duplicateReferralId: string | null;
    duplicateSendingOfferId: string | null;
    duplicateReceivingOfferId: string | null;
  }[],
): Promise<void> {
  await tx.query(
    `INSERT INTO "referral_duplicates" ("referral_id", "institution_id", "matched_by", "duplicate_referral_id",
       "duplicate_sending_offer_id", "duplicate_receiving_offer_id")
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[])`,
    [
      rows.map((r) => r.referralId),
      rows.map((r) => r.institutionId),
      rows.map((r) => r.matchedBy),
      rows.map((r) => r.duplicateReferralId),
      rows.map((r) => r.duplicateSendingOfferId),
      rows.map((r) => r.duplicateReceivingOfferId),
    ],
  );
}

/** Sets the referrals' possible_duplicate flag (the partner sees the flag, not what matched). */
export async function markPossibleDuplicates(tx: EntityManager, referralIds: string[]): Promise<void> {
  await tx.query(`UPDATE "referrals" SET "possible_duplicate" = true WHERE "id" = ANY($1::uuid[])`, [
    referralIds,
  ]);
}
