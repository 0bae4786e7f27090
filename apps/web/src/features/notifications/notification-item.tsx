import { Badge, Button, formatDateTime } from '@kakehashi/web-ui';
import type { NotificationsQuery } from '../../gql/graphql';
import { CaseLink } from '../../shared/case-link';
import { notificationsMessages as text } from './messages';

export type Notice = NotificationsQuery['notifications']['edges'][number]['node'];

/** One notification: unread ones marked in words, a link to its case when it is about one, and its own 既読 button. */
export function NotificationItem({ notice, onMark }: { notice: Notice; onMark: () => void }) {
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
        {notice.subjectType === 'CASE' && notice.subjectId ? (
          <CaseLink caseId={notice.subjectId} className="text-blue-900 underline underline-offset-4">
            {text.openCase}
          </CaseLink>
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
