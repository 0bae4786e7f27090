import { ANY_SIGNED_IN_ROLE } from '@kakehashi/authz';

/** Read and mark one's own notifications: every signed-in user (each only their own). */
export const NOTIFICATION_RECIPIENTS = ANY_SIGNED_IN_ROLE;
