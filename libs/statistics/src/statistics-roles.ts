import { Role } from '@kakehashi/authz';

/** Read the figures: executives, headquarters and administrators for any scope; consultants their own office. */
export const STATISTICS_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.EXECUTIVE, Role.CONSULTANT] as const;

/** Roles that read any office, region or the whole country. */
export const ANY_SCOPE_READERS: readonly Role[] = [Role.ADMIN, Role.HQ_COORDINATOR, Role.EXECUTIVE];

/** Closing a month (締め) is headquarters' act. */
export const MONTH_CLOSERS = [Role.HQ_COORDINATOR] as const;

/** Rebuilding the rollups from the raw records: a maintenance task. */
export const STATISTICS_MAINTAINERS = [Role.ADMIN] as const;
