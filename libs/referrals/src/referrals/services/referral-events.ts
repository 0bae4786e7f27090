import type { Role } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';
import type { ReferralAction, ReferralStatus } from '../../referral-enums';

/** Who took an action: a signed-in user, or null for the system (auto-forward, an import job). */
export interface ReferralActor {
  userId: string;
  role: Role;
}

export interface ReferralEventRecord {
  action: ReferralAction;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actor: ReferralActor | null;
  reason?: string | null;
}

/**
 * Appends one event to a referral's history (referral_events is append-only). clock_timestamp(), not the column's
 * now() default: two events of one transaction (a submission and its auto-forward) keep their order. Must run in a
 * transaction whose database scope may see the referral.
 */
export async function recordReferralEvent(
  tx: EntityManager,
  referral: { id: string; institutionId: string; branchId: string | null },
  event: ReferralEventRecord,
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
      event.actor?.userId ?? null,
      event.actor?.role ?? null,
      event.reason?.trim() || null,
    ],
  );
}
