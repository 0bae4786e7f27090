import { useQuery } from '@apollo/client/react';
import { BellIcon } from '@kakehashi/web-ui';
import { UnreadNotificationCountDocument } from '../../gql/graphql';
import { shellMessages } from './messages';

/** How often the bell asks (no subscriptions: a minute is soon enough for office work). */
const POLL_MS = 60_000;

/** The unread count in the header, in words for screen readers; polite live region so changes are announced. */
export function NotificationBell({ href }: { href: string }) {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <a
      href={href}
      className="relative inline-flex min-h-11 items-center gap-1 rounded-8 px-2 text-blue-900 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
    >
      <BellIcon />
      <span aria-live="polite" className="sr-only">
        {shellMessages.bell.label(count)}
      </span>
      {count > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-error-1 px-2 text-sm font-bold text-white">
          {count}
        </span>
      ) : null}
    </a>
  );
}
