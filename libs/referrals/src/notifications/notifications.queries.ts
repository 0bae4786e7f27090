// Who a referral notification goes to and the names it shows, in raw SQL (users, partners and offices are other
// libraries' tables). Only active accounts are notified.
import { Role } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';

async function ids(rows: Promise<{ id: string }[]>): Promise<string[]> {
  return (await rows).map((row) => row.id);
}

/** The submitter and the institution's head office accounts. */
export function partnerRecipientIds(
  tx: EntityManager,
  referral: { createdByUserId: string; institutionId: string },
): Promise<string[]> {
  return ids(
    tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users"
        WHERE "is_active" AND ("id" = $1 OR ("role" = $2 AND "partner_institution_id" = $3))`,
      [referral.createdByUserId, Role.PARTNER_HQ, referral.institutionId],
    ),
  );
}

/** Center headquarters' coordinators. */
export function coordinatorIds(tx: EntityManager): Promise<string[]> {
  return ids(
    tx.query<{ id: string }[]>(`SELECT "id" FROM "users" WHERE "is_active" AND "role" = $1`, [
      Role.HQ_COORDINATOR,
    ]),
  );
}

/** The consultants of a regional office. */
export function consultantIdsOf(tx: EntityManager, officeId: string): Promise<string[]> {
  return ids(
    tx.query<{ id: string }[]>(
      `SELECT "id" FROM "users" WHERE "is_active" AND "role" = $1 AND "office_id" = $2`,
      [Role.CONSULTANT, officeId],
    ),
  );
}

/** The institution's name and the branch's (null for the head office's referrals); null when no institution. */
export async function partnerNamesOf(
  tx: EntityManager,
  referral: { institutionId: string; branchId: string | null },
): Promise<{ institution: string; branch: string | null } | null> {
  const [row] = await tx.query<{ institution: string; branch: string | null }[]>(
    `SELECT i."name" AS "institution", b."name" AS "branch"
       FROM "partner_institutions" i LEFT JOIN "partner_branches" b ON b."id" = $2
      WHERE i."id" = $1`,
    [referral.institutionId, referral.branchId],
  );
  return row ?? null;
}

/** An office's Japanese name, or null. */
export async function officeNameOf(tx: EntityManager, officeId: string): Promise<string | null> {
  const [row] = await tx.query<{ name: string }[]>(
    `SELECT "name_ja" AS "name" FROM "offices" WHERE "id" = $1`,
    [officeId],
  );
  return row?.name ?? null;
}
