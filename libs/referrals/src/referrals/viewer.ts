import type { AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';
import { ReferralException } from '../referral.exception';
import { isCenterStaff } from './rules/referral-visibility';

/** The signed-in caller, for field resolvers (the guard put it on the request before the operation ran). */
export function viewerOf(req: GraphqlContext['req']): AuthUser {
  const user = req.user as AuthUser | undefined;
  if (!user) throw new Error('field resolved without a signed-in caller');
  return user;
}

/** The caller of a Center-only field; a partner gets CENTER_ONLY (the field is null, the rest is shown). */
export function centerViewer(req: GraphqlContext['req'], field: string): AuthUser {
  const viewer = viewerOf(req);
  if (!isCenterStaff(viewer)) throw ReferralException.centerOnly(field);
  return viewer;
}
