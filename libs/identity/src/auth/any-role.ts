import { Role } from '@kakehashi/authz';

/** Every signed-in user, partners included: for operations on one's own account only. */
export const ANY_SIGNED_IN_ROLE: [Role, ...Role[]] = [
  Role.ADMIN,
  Role.HQ_COORDINATOR,
  Role.CONSULTANT,
  Role.EXECUTIVE,
  Role.PARTNER_HQ,
  Role.PARTNER_BRANCH,
];
