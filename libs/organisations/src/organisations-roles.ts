import { Role } from '@kakehashi/authz';

/** Executives see aggregates elsewhere, partners see no company: neither may work companies. */
export const COMPANY_STAFF = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Center staff, executives included (their figures are per office); partners see no office. */
export const OFFICE_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT, Role.EXECUTIVE] as const;

/** Who queues maintenance jobs (e.g. rebuilding the company search keys). */
export const MAINTENANCE_OPERATORS = [Role.ADMIN] as const;

/** Roles that may create and edit any office's companies; consultants only their own office's. */
export const ANY_OFFICE_ROLES: readonly Role[] = [Role.ADMIN, Role.HQ_COORDINATOR];
