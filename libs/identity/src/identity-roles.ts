import { Role } from '@kakehashi/authz';

/** Who manages accounts and the platform's settings (the administrator's console). */
export const USER_ADMINISTRATORS = [Role.ADMIN] as const;

/** Who may look accounts up: administrators, and HQ coordinators (to see who is who). */
export const USER_READERS = [Role.ADMIN, Role.HQ_COORDINATOR] as const;

/** Partner organisations' roles: their accounts belong to a partner, never to a Center office. */
export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_HQ, Role.PARTNER_BRANCH];
