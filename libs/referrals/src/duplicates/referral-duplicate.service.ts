import { OfferStatus } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DuplicateMatch } from '../referral-enums';

/** What duplicate detection compares of a referral (its client company). */
export interface DuplicateCandidate {
  id: string;
  institutionId: string;
  clientCorporateNumber: string | null;
  clientNameSearchKey: string;
  clientPrefectureCode: string;
}

/** One open referral or offer a candidate resembles. */
export interface FoundDuplicate {
  matchedBy: DuplicateMatch;
  duplicateReferralId: string | null;
  duplicateSendingOfferId: string | null;
  duplicateReceivingOfferId: string | null;
}

interface MatchRow {
  candidate_id: string;
  matched_by: DuplicateMatch;
  referral_id: string | null;
  sending_offer_id: string | null;
  receiving_offer_id: string | null;
}

const OPEN_OFFER_STATUSES = [OfferStatus.OPEN, OfferStatus.IN_PROGRESS];

/**
 * Finds, for many referrals at once (one submission, or every row of a bulk upload), the other open referrals (of
 * any institution) and the open sending and receiving offers of the same company: by corporate number, or by
 * normalised name and prefecture. Other institutions' referrals are found through the SECURITY DEFINER function
 * kakehashi_open_referral_duplicates, so a partner's transaction can be checked against referrals it cannot read;
 * what was found goes to the Center-only referral_duplicates table, and the partner sees only the flag. A match never
 * refuses a referral.
 */
@Injectable()
export class ReferralDuplicateService {
  /** Read only: the matches of each candidate, by candidate id (candidates without any are absent). */
  async find(
    tx: EntityManager,
    candidates: readonly DuplicateCandidate[],
  ): Promise<Map<string, FoundDuplicate[]>> {
    const found = new Map<string, FoundDuplicate[]>();
    if (!candidates.length) return found;
    const params = [
      candidates.map((c) => c.id),
      candidates.map((c) => c.clientCorporateNumber),
      candidates.map((c) => c.clientNameSearchKey),
      candidates.map((c) => c.clientPrefectureCode),
    ];
    const rows = await tx.query<MatchRow[]>(
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
    for (const row of rows) {
      const list = found.get(row.candidate_id) ?? [];
      list.push({
        matchedBy: row.matched_by,
        duplicateReferralId: row.referral_id,
        duplicateSendingOfferId: row.sending_offer_id,
        duplicateReceivingOfferId: row.receiving_offer_id,
      });
      found.set(row.candidate_id, list);
    }
    return found;
  }

  /**
   * Finds the candidates' duplicates, records them (referral_duplicates) and sets possible_duplicate on the
   * referrals that have any. The candidates must be visible in the transaction's scope. Returns the matches by id.
   */
  async flag(
    tx: EntityManager,
    candidates: readonly DuplicateCandidate[],
  ): Promise<Map<string, FoundDuplicate[]>> {
    const found = await this.find(tx, candidates);
    if (!found.size) return found;
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const rows = [...found].flatMap(([id, matches]) =>
      matches.map((m) => ({ ...m, referralId: id, institutionId: byId.get(id)?.institutionId as string })),
    );
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
    // A plain column write: the version is for users' edits, and the flag is the system's.
    await tx.query(`UPDATE "referrals" SET "possible_duplicate" = true WHERE "id" = ANY($1::uuid[])`, [
      [...found.keys()],
    ]);
    return found;
  }
}

/** The same company: the corporate number when the referral has one, else (or also) name key and prefecture. */
const SAME_COMPANY = `((c."corporate_number" IS NOT NULL AND co."corporate_number" = c."corporate_number")
  OR (co."name_search_key" = c."name_key" AND co."prefecture_code" = c."prefecture"))`;

const MATCHED_BY = `CASE WHEN c."corporate_number" IS NOT NULL AND co."corporate_number" = c."corporate_number"
  THEN 'CORPORATE_NUMBER' ELSE 'NAME_PREFECTURE' END`;
