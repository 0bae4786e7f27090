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
