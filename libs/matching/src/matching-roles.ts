import { Role } from '@kakehashi/authz';

/** Center staff who work with offers; executives see figures only and partners never see offers. */
export const MATCHING_STAFF = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Center staff who work with matching; executives and partners see no run. Scope rules are in the services. */
export const ASSIGNMENT_STAFF = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Who previews and changes the matching weights and switches. */
export const MATCHING_SETTINGS_EDITORS = [Role.ADMIN] as const;

/** Roles that run assignments for any scope and decide on any pair; consultants only on their own office's. */
export const ANY_OFFICE_ROLES: readonly Role[] = [Role.ADMIN, Role.HQ_COORDINATOR];
