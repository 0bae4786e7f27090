import { Role } from '@kakehashi/authz';

// Every role list of cases. Acting (every mutation, the full record, the history): headquarters coordinators and
// consultants of the two offices involved (the services check the offices). Other Center staff who broker read a
// summary (the board shows every office's cases for coordination). Executives see aggregates only, partners nothing.

/** Roles that may read case summaries (the board, lists). */
export const CASE_READERS = [Role.ADMIN, Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Roles that may act on a case at all; consultants only on their offices' cases. */
export const CASE_ACTORS = [Role.HQ_COORDINATOR, Role.CONSULTANT] as const;

/** Read the follow-up defaults in force. */
export const FOLLOW_UP_SETTINGS_READERS = [Role.ADMIN, Role.HQ_COORDINATOR] as const;

/** Change the follow-up defaults: administrators. */
export const FOLLOW_UP_SETTINGS_EDITORS = [Role.ADMIN] as const;
