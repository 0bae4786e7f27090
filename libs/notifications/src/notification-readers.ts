import { Role } from '@kakehashi/authz';

/** Every signed-in role, partners included: each reads and marks only their own notifications. */
export const NOTIFICATION_READERS: [Role, ...Role[]] = [
  Role.ADMIN,
  Role.HQ_COORDINATOR,
  Role.CONSULTANT,
  Role.EXECUTIVE,
  Role.PARTNER_HQ,
  Role.PARTNER_BRANCH,
];
