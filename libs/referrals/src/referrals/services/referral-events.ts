import type { Role } from '@kakehashi/authz';
import type { EntityManager } from 'typeorm';
import type { ReferralAction, ReferralStatus } from '../../referral-enums';
import { insertReferralEvent } from '../referrals.queries';

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
 * Appends one event to a referral's history (referral_events is append-only), the system's actions without an
 * actor and the reason trimmed (blank: none). Must run in a transaction whose database scope may see the referral.
 */
export async function recordReferralEvent(
  tx: EntityManager,
  referral: { id: string; institutionId: string; branchId: string | null },
  event: ReferralEventRecord,
): Promise<void> {
  await insertReferralEvent(tx, referral, {
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorUserId: event.actor?.userId ?? null,
    actorRole: event.actor?.role ?? null,
    reason: event.reason?.trim() || null,
  });
}
