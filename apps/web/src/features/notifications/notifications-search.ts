import { z } from 'zod';

export const NOTIFICATION_TABS = ['unread', 'all'] as const;

/** `/notifications?show=all`; the unread ones by default (what the bell counts). */
export const notificationsSearchSchema = z.object({
  show: z.enum(NOTIFICATION_TABS).optional().catch(undefined),
});
