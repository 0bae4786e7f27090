import { Role } from '@kakehashi/authz';

/** Manage partners, branches, agreements, contacts and partner accounts. */
export const PARTNER_MANAGERS = [Role.ADMIN, Role.HQ_COORDINATOR] as const;

/** Read the agreement figures (executives read aggregates, never the partners themselves). */
export const AGREEMENT_COUNT_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.EXECUTIVE] as const;

/** Partner users: their own institution only; also the only accounts the partner-user operations reach. */
export const PARTNER_USERS = [Role.PARTNER_HQ, Role.PARTNER_BRANCH] as const;
