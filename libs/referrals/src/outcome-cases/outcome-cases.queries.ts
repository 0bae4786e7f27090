import { Role, type AuthUser } from '@kakehashi/authz';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';

/** A case opened from a referral's own offers, as the outcome report offers and checks it. */
export interface ReferralOutcomeCase {
  id: string;
  number: number;
  stage: string;
  establishedOn: string | null;
}

/**
 * The cases opened from the referral's sending or receiving offer that `user` may act on (headquarters every one, a
 * consultant those of its office on either side: the cases library's own rule), newest first; with `caseId`, only
 * that one. Read by SQL: the referrals library may not import the cases library.
 */
export async function outcomeCasesOf(
  tx: EntityManager,
  user: AuthUser,
  referral: { sendingOfferId: string | null; receivingOfferId: string | null },
  caseId?: string,
): Promise<ReferralOutcomeCase[]> {
  if (!referral.sendingOfferId && !referral.receivingOfferId) return [];
  if (caseId !== undefined && !isUUID(caseId)) return [];
  const office = user.role === Role.HQ_COORDINATOR || user.role === Role.ADMIN ? null : user.officeId;
  if (office === null && user.role === Role.CONSULTANT) return [];
  return tx.query<ReferralOutcomeCase[]>(
    `SELECT c."id", c."number", c."stage", CAST(c."established_on" AS text) AS "establishedOn"
       FROM "cases" c
      WHERE (c."sending_offer_id" = $1 OR c."receiving_offer_id" = $2)
        AND ($3::uuid IS NULL OR c."sending_office_id" = $3 OR c."receiving_office_id" = $3)
        AND ($4::uuid IS NULL OR c."id" = $4)
      ORDER BY c."created_at" DESC, c."id" DESC`,
    [referral.sendingOfferId, referral.receivingOfferId, office, caseId ?? null],
  );
}
