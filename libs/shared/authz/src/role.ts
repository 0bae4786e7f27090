/** One role per user. Partner roles exist now and can do nothing until the partner feature grants them operations. */
export enum Role {
  ADMIN = 'ADMIN',
  HQ_COORDINATOR = 'HQ_COORDINATOR',
  CONSULTANT = 'CONSULTANT',
  EXECUTIVE = 'EXECUTIVE',
  PARTNER_HQ = 'PARTNER_HQ',
  PARTNER_BRANCH = 'PARTNER_BRANCH',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/**
 * Every signed-in user, partners included: for operations on what is one's own (the account, one's notifications).
 * Listed, not derived, so that a new role is granted them deliberately (role.spec.ts fails until it is).
 */
export const ANY_SIGNED_IN_ROLE: [Role, ...Role[]] = [
  Role.ADMIN,
  Role.HQ_COORDINATOR,
  Role.CONSULTANT,
  Role.EXECUTIVE,
  Role.PARTNER_HQ,
  Role.PARTNER_BRANCH,
];
