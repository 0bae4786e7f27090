import { Role } from '@kakehashi/authz';

/** Center staff who broker (offers and the skills dictionary); executives see aggregates elsewhere, partners no offer. */
export const OFFER_STAFF = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Who edits the skills dictionary. */
export const SKILL_DICTIONARY_EDITORS = [Role.ADMIN] as const;

/** Reference data (occupation groups): Center staff, executives included; partners see none. */
export const REFERENCE_DATA_READERS = [
  Role.ADMIN,
  Role.HQ_COORDINATOR,
  Role.CONSULTANT,
  Role.EXECUTIVE,
] as const;

/** Roles that may record and edit any office's offers; consultants only their own office's. */
export const ANY_OFFICE_ROLES: readonly Role[] = [Role.ADMIN, Role.HQ_COORDINATOR];
