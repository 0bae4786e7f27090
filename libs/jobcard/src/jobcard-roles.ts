import { Role } from '@kakehashi/authz';

// Every role list of the Job Card. Sheets and plans hold a person's name and ratings: the same people as cases and
// the talent bank work them (consultants of the office concerned, checked in the services, and headquarters
// coordinators). Administrators run the system but read no one's sheet; executives and partners see nothing here.

/** Work sheets, plans, estimates and RETRY notes (consultants only for their office's people). */
export const JOBCARD_WORKERS = [Role.CONSULTANT, Role.HQ_COORDINATOR] as const;

/** The calculators and reference data (section II, model sheets, rate tables, RETRY menus): no personal data. */
export const JOBCARD_REFERENCE_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** The Job Card access log: administrators (it holds who touched which record, never the data). */
export const JOBCARD_ACCESS_LOG_READERS = [Role.ADMIN] as const;
