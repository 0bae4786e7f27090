// The referral aggregate's raw SQL (the rest goes through TypeORM's entities and query builder). Every function
// runs on the manager it is given: a referral transaction has its database scope applied, so row-level security
// decides what exists for the caller.
import type { Role } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';
import type { ReferralAction, ReferralStatus } from '../referral-enums';

/** A manager or the data source: loaders read outside any transaction. */
type Queryable = Pick<EntityManager, 'query'>;

/**
 * Appends one event to a referral's history (referral_events is append-only). clock_timestamp(), not the column's
 * now() default: two events of one transaction (a submission and its auto-forward) keep their order.
 */
export async function insertReferralEvent(
  tx: EntityManager,
  referral: { id: string; institutionId: string; branchId: string | null },
  event: {
    action: ReferralAction;
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    actorUserId: string | null;
    actorRole: Role | null;
    reason: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO "referral_events" ("referral_id", "institution_id", "branch_id", "action", "from_status",
       "to_status", "actor_user_id", "actor_role", "reason", "occurred_at")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())`,
    [
      referral.id,
      referral.institutionId,
      referral.branchId,
      event.action,
      event.fromStatus,
      event.toStatus,
      event.actorUserId,
      event.actorRole,
      event.reason,
    ],
  );
}

/** A sending or receiving offer's company, by the offer's id (the offers library's tables, read by SQL). */
export async function findOfferCompany(
  tx: EntityManager,
  table: 'sending_offers' | 'receiving_offers',
  id: string,
): Promise<{ id: string; companyId: string } | null> {
  const [row] = await tx.query<{ id: string; companyId: string }[]>(
    `SELECT "id", "company_id" AS "companyId" FROM "${table}" WHERE "id" = $1`,
    [id],
  );
  return row ?? null;
}

/** Whether the institution's head office reviews its branches' submissions; null when no such institution. */
export async function institutionHasHqStep(
  tx: EntityManager,
  institutionId: string,
): Promise<boolean | null> {
  const [row] = await tx.query<{ has_hq_step: boolean }[]>(
    `SELECT "has_hq_step" FROM "partner_institutions" WHERE "id" = $1`,
    [institutionId],
  );
  return row?.has_hq_step ?? null;
}

/** Users' display names by id (partner and Center accounts; the users table is not a referral table). */
export function userNamesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }[]>(
    `SELECT "id", "name" FROM "users" WHERE "id" = ANY($1::uuid[])`,
    [[...ids]],
  );
}

/** Institution and branch names by id. */
export function partnerNamesByIds(
  db: Queryable,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }[]>(
    `SELECT "id", "name" FROM "partner_institutions" WHERE "id" = ANY($1::uuid[])
     UNION ALL
     SELECT "id", "name" FROM "partner_branches" WHERE "id" = ANY($1::uuid[])`,
    [[...ids]],
  );
}
