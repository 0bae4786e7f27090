import type { SessionUser } from '../../app/session';

/**
 * Whether to offer the edit button: consultants edit their own office's offers, headquarters and administrators
 * any. Only a courtesy to spare a refusal; the API decides (and refuses the rest with its own message).
 */
export function mayEditOffer(me: Pick<SessionUser, 'role' | 'office'>, owningOfficeId: string): boolean {
  if (me.role === 'ADMIN' || me.role === 'HQ_COORDINATOR') return true;
  return me.role === 'CONSULTANT' && me.office?.id === owningOfficeId;
}
