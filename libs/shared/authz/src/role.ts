/** One role per user. Partner roles exist now and can do nothing until the partner feature grants them operations. */
export enum Role {
  ADMIN = 'ADMIN',
  HQ_COORDINATOR = 'HQ_COORDINATOR',
  CONSULTANT = 'CONSULTANT',
  EXECUTIVE = 'EXECUTIVE',
  PARTNER_HQ = 'PARTNER_HQ',
  PARTNER_BRANCH = 'PARTNER_BRANCH',
}

/** What users read for each role (screens, messages, the GraphQL enum's labels). */
export const ROLE_LABELS: Record<Role, string> = {
  [Role.ADMIN]: '管理者',
  [Role.HQ_COORDINATOR]: '本部コーディネーター',
  [Role.CONSULTANT]: 'コンサルタント',
  [Role.EXECUTIVE]: '経営層',
  [Role.PARTNER_HQ]: '提携機関(本部)',
  [Role.PARTNER_BRANCH]: '提携機関(支部)',
};

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
