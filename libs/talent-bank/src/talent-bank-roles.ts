import { Role } from '@kakehashi/authz';

/**
 * Who works registrants (personal data): consultants (of the registering office, checked in the services) and
 * headquarters coordinators. Administrators run the system but see no registrant; executives see aggregates only;
 * partners see nothing of the talent bank.
 */
export const REGISTRANT_WORKERS = [Role.CONSULTANT, Role.HQ_COORDINATOR] as const;

/** Senior openings are offers data (no personal data): Center staff who broker, as for receiving offers. */
export const OPENING_STAFF = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** The re-employment figures: aggregates only. */
export const OUTCOME_READERS = [Role.EXECUTIVE, Role.HQ_COORDINATOR, Role.ADMIN] as const;

/** The access log: administrators (it holds no personal data, only who touched which record). */
export const ACCESS_LOG_READERS = [Role.ADMIN] as const;

/** Roles that may work any office's registrants and openings. */
export const ANY_OFFICE_ROLES: readonly Role[] = [Role.HQ_COORDINATOR, Role.ADMIN];
