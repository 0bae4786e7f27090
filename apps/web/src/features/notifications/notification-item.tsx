import { Badge, Button, formatDateTime } from '@kakehashi/web-ui';
import type { MeQuery, NotificationsQuery } from '../../gql/graphql';
import { PathLink } from '../../shared/case-link';
import { notificationsMessages as text } from './messages';

export type Notice = NotificationsQuery['notifications']['edges'][number]['node'];

/** What the API says the reader does (fields of `me`): a referral opens on the page of their work. */
export type ReaderWork = Pick<
  MeQuery['me'],
  'refersCompanies' | 'forwardsReferrals' | 'reviewsReferrals' | 'handlesOfficeReferrals'
>;

/** Where a notification's subject opens for this reader, if it has a page they can open. */
function subjectLink(notice: Notice, work: ReaderWork): { href: string; label: string } | null {
  const id = notice.subjectId;
  if (!id) return null;
  switch (notice.subjectType) {
    case 'CASE':
      return { href: `/cases/${id}`, label: text.openCase };
    case 'REFERRAL': {
      const page = work.refersCompanies
        ? '/referrals'
        : work.reviewsReferrals
          ? '/inbox/referrals'
          : work.handlesOfficeReferrals
            ? '/office/referrals'
            : null;
      return page ? { href: `${page}/${id}`, label: text.openReferral } : null;
    }
    case 'REFERRAL_IMPORT':
      return work.forwardsReferrals ? { href: `/referrals/imports/${id}`, label: text.openImport } : null;
    default:
      return null;
  }
}

/** One notification: unread ones marked in words, a link to what it is about, and its own 既読 button. */
export function NotificationItem({
  notice,
  work,
  onMark,
}: {
  notice: Notice;
  work: ReaderWork;
  onMark: () => void;
}) {
  const link = subjectLink(notice, work);
  return (
    <li
      className={`rounded-8 border bg-white p-3 ${notice.read ? 'border-solid-gray-420' : 'border-2 border-blue-900'}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        {notice.read ? null : <Badge tone="info">{text.unread}</Badge>}
        <p className="font-bold">{notice.title}</p>
      </div>
      <p className="mt-1">{notice.body}</p>
      <p className="text-sm text-solid-gray-800">{formatDateTime(notice.createdAt)}</p>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        {link ? (
          <PathLink href={link.href} className="text-blue-900 underline underline-offset-4">
            {link.label}
          </PathLink>
        ) : null}
        {notice.read ? null : (
          <Button variant="secondary" aria-label={text.markReadFor(notice.title)} onPress={onMark}>
            {text.markRead}
          </Button>
        )}
      </div>
    </li>
  );
}
