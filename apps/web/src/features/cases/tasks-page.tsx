import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, PageHeader, Tabs } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { MyTasksDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { tasksMessages as text } from './messages';
import { TaskItem } from './task-item';
import { TASK_TABS } from './tasks-search';

const PAGE_SIZE = 20;

/** Screen 8: the signed-in consultant's tasks, by tab (kept in the URL), each leading to its case. */
export function TasksPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/tasks' });
  const navigate = useNavigate({ from: '/tasks' });
  const tab = search.tab ?? 'DUE';
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <Tabs
        label={text.tabsLabel}
        tabs={TASK_TABS.map((id) => ({ id, label: text.tabs[id] }))}
        selectedId={tab}
        onSelect={(id) => void navigate({ search: { tab: id as (typeof TASK_TABS)[number] }, replace: true })}
      >
        <TaskList tab={tab} />
      </Tabs>
    </>
  );
}

function TaskList({ tab }: { tab: (typeof TASK_TABS)[number] }) {
  const { data, error, fetchMore, loading } = useQuery(MyTasksDocument, {
    variables: { filter: tab, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const stageLabel = useEnumLabel('CaseStage');
  if (error && !data) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  const { edges, totalCount, pageInfo } = data.myTasks;
  const more = () =>
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myTasks: {
          ...fetchMoreResult.myTasks,
          edges: [...previous.myTasks.edges, ...fetchMoreResult.myTasks.edges],
        },
      }),
    });
  return (
    <section aria-labelledby="tasks-count">
      <h2 id="tasks-count" className="mb-3 text-lg font-bold">
        {text.tabs[tab]}（{text.count(totalCount)}）
      </h2>
      {edges.length ? (
        <ul className="flex flex-col gap-2">
          {edges.map(({ node }) => (
            <TaskItem key={node.id} task={node} stageLabel={stageLabel(node.stage)} />
          ))}
        </ul>
      ) : (
        <EmptyState title={text.none} />
      )}
      {pageInfo.hasNextPage ? (
        <Button variant="secondary" className="mt-4" isPending={loading} onPress={more}>
          {text.more}
        </Button>
      ) : null}
    </section>
  );
}
