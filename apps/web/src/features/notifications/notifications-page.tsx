import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader, Tabs } from '@kakehashi/web-ui';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/graphql';
import { notificationsMessages as text } from './messages';
import { NotificationItem } from './notification-item';
import { NOTIFICATION_TABS } from './notifications-search';

const PAGE_SIZE = 20;
/** After marking, the list and the shell's bell are read again: the API counts, not the page. */
const AFTER_MARKING = {
  refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
  awaitRefetchQueries: true,
};

type Tab = (typeof NOTIFICATION_TABS)[number];

/** Screen 8: the signed-in user's notifications, unread first by default, marked read one by one or all at once. */
export function NotificationsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/notifications' });
  const navigate = useNavigate({ from: '/notifications' });
  const tab: Tab = search.show ?? 'unread';
  const unread = useQuery(UnreadNotificationCountDocument).data?.unreadNotificationCount ?? 0;
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadDocument, AFTER_MARKING);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const done = (message: string) => {
    setFailed(false);
    setStatus(message);
    // The item marked may leave the list: keep the keyboard's place at the list's heading.
    heading.current?.focus();
  };
  const markAllRead = async () => {
    try {
      const { data } = await markAll();
      done(text.markedAllRead(data?.markAllNotificationsRead ?? 0));
    } catch {
      setFailed(true);
    }
  };

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead(unread)}
        actions={
          <Button
            variant="secondary"
            isDisabled={unread === 0}
            isPending={markingAll}
            onPress={() => void markAllRead()}
          >
            {text.markAllRead}
          </Button>
        }
      />
      <p role="status" className="sr-only">
        {status}
      </p>
      {failed ? (
        <p
          role="alert"
          className="mb-4 rounded-8 border-2 border-error-1 bg-white p-4 font-bold text-error-1"
        >
          {text.failed}
        </p>
      ) : null}
      <Tabs
        label={text.tabsLabel}
        tabs={NOTIFICATION_TABS.map((id) => ({ id, label: text.tabs[id] }))}
        selectedId={tab}
        onSelect={(id) => void navigate({ search: { show: id as Tab }, replace: true })}
      >
        <NotificationList
          tab={tab}
          headingRef={heading}
          onMarked={() => done(text.markedRead)}
          onFailed={() => setFailed(true)}
        />
      </Tabs>
    </>
  );
}

function NotificationList({
  tab,
  headingRef,
  onMarked,
  onFailed,
}: {
  tab: Tab;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onMarked: () => void;
  onFailed: () => void;
}) {
  const { data, error, fetchMore, loading } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: tab === 'unread', first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(MarkNotificationsReadDocument, AFTER_MARKING);
  const { me } = useRouteContext({ from: '/signed-in' });
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  const { edges, totalCount, pageInfo } = data.notifications;
  const mark = async (id: string) => {
    try {
      await markRead({ variables: { ids: [id] } });
      onMarked();
    } catch {
      onFailed();
    }
  };
  const more = () =>
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
        },
      }),
    });
  return (
    <section aria-labelledby="notifications-count">
      <h2
        id="notifications-count"
        ref={headingRef}
        tabIndex={-1}
        className="mb-3 text-lg font-bold outline-none"
      >
        {text.tabs[tab]}（{text.count(totalCount)}）
      </h2>
      {edges.length ? (
        <ul className="flex flex-col gap-2">
          {edges.map(({ node }) => (
            <NotificationItem key={node.id} notice={node} work={me} onMark={() => void mark(node.id)} />
          ))}
        </ul>
      ) : (
        <EmptyState title={text.none[tab]} />
      )}
      {pageInfo.hasNextPage ? (
        <Button variant="secondary" className="mt-4" isPending={loading} onPress={more}>
          {text.more}
        </Button>
      ) : null}
    </section>
  );
}
