import { useQuery } from '@apollo/client/react';
import { EmptyState, formatDate, PageHeader, todayInJapan } from '@kakehashi/web-ui';
import { useRouteContext } from '@tanstack/react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { HomeDocument, type HomeQuery, type HomeTaskFragment } from '../../gql/graphql';
import { homeMessages as text } from './messages';

// The partner portal's home, in its own chunk: Center users never load it.
const PartnerHomePage = lazy(() =>
  import('../partner-portal/partner-home-page').then((module) => ({ default: module.PartnerHomePage })),
);

function daysAgo(days: number): string {
  const date = new Date(`${todayInJapan()}T12:00:00+09:00`);
  date.setUTCDate(date.getUTCDate() - days);
  return todayInJapan(date);
}

/** The consultant's day at a glance: what is due, what is new, where the office's cases stand. */
export function HomePage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  if (me.refersCompanies) {
    return (
      <Suspense fallback={<p role="status">{messages.loading}</p>}>
        <PartnerHomePage />
      </Suspense>
    );
  }
  return me.worksCases ? <CaseWorkHome name={me.name} /> : <PlainHome name={me.name} />;
}

/** A user who does not work cases (their own screens are elsewhere): who they are and where their account is. */
function PlainHome({ name }: { name: string }) {
  return (
    <>
      <PageHeader title={text.title} lead={text.plainLead(name)} />
      <p className="rounded-16 bg-white p-6 shadow-sm">{text.plainBody}</p>
    </>
  );
}

function CaseWorkHome({ name }: { name: string }) {
  const { data, error } = useQuery(HomeDocument, { variables: { receivedFrom: daysAgo(30) } });
  if (error && !data) throw error;
  return (
    <>
      <PageHeader title={text.title} lead={text.lead(name)} />
      {!data ? (
        <p role="status">{messages.loading}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <TasksSection data={data} />
          <NotificationsSection data={data} />
          <BoardSection data={data} />
          <OffersSection data={data} />
        </div>
      )}
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

function TasksSection({ data }: { data: HomeQuery }) {
  const groups = [
    { key: 'overdue', label: text.tasks.overdue, tasks: data.overdue },
    { key: 'due', label: text.tasks.due, tasks: data.due },
    { key: 'upcoming', label: text.tasks.upcoming, tasks: data.upcoming },
  ] as const;
  return (
    <Section id="home-tasks" heading={text.tasks.heading}>
      {groups.map((group) => (
        <div key={group.key} className="mb-4">
          <h3 className="font-bold">
            {group.label}（{group.tasks.totalCount}件）
          </h3>
          {group.tasks.edges.length ? (
            <ul className="mt-2 flex flex-col gap-2">
              {group.tasks.edges.map(({ node }) => (
                <TaskItem key={node.id} task={node} />
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-solid-gray-700">{text.tasks.none}</p>
          )}
        </div>
      ))}
    </Section>
  );
}

function TaskItem({ task }: { task: HomeTaskFragment }) {
  return (
    <li className="rounded-8 border border-solid-gray-300 p-3">
      <a className="font-bold text-blue-900 underline" href={`/cases/${task.caseId}`}>
        {task.title}
      </a>
      <p className="text-sm text-solid-gray-700">
        {text.tasks.caseLink(task.caseNumber)}・{text.tasks.due_on(formatDate(task.dueOn))}
      </p>
    </li>
  );
}

function NotificationsSection({ data }: { data: HomeQuery }) {
  return (
    <Section
      id="home-notifications"
      heading={`${text.notifications.heading}（${data.notifications.totalCount}件）`}
    >
      {data.notifications.edges.length ? (
        <ul className="flex flex-col gap-2">
          {data.notifications.edges.map(({ node }) => (
            <li key={node.id} className="rounded-8 border border-solid-gray-300 p-3">
              <p className="font-bold">{node.title}</p>
              <p className="text-sm">{node.body}</p>
              <p className="text-sm text-solid-gray-700">{formatDate(node.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={text.notifications.none} />
      )}
    </Section>
  );
}

function BoardSection({ data }: { data: HomeQuery }) {
  return (
    <Section id="home-board" heading={`${text.board.heading}：${data.caseBoard.office.nameJa}`}>
      <p className="mb-2">{text.board.total(data.caseBoard.totalCount)}</p>
      <table className="w-full border-collapse text-left">
        <tbody>
          {data.caseBoard.columns.map((column) => (
            <tr key={column.stage} className="border-b border-solid-gray-300">
              <th scope="row" className="py-1 font-normal">
                {column.stageLabel}
              </th>
              <td className="py-1 text-right font-bold">{text.board.count(column.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function OffersSection({ data }: { data: HomeQuery }) {
  const sending = data.sendingOffers.edges.map(({ node }) => ({
    id: node.id,
    kind: text.offers.sending,
    title: node.jobTitle,
    company: node.company.legalName,
    people: node.peopleCount,
    receivedOn: node.receivedOn,
  }));
  const receiving = data.receivingOffers.edges.map(({ node }) => ({
    id: node.id,
    kind: text.offers.receiving,
    title: node.jobTitle,
    company: node.company.legalName,
    people: node.peopleWanted,
    receivedOn: node.receivedOn,
  }));
  const offers = [...sending, ...receiving].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  return (
    <Section id="home-offers" heading={text.offers.heading}>
      {offers.length ? (
        <ul className="flex flex-col gap-2">
          {offers.map((offer) => (
            <li key={offer.id} className="rounded-8 border border-solid-gray-300 p-3">
              <p>
                <span className="mr-2 text-sm font-bold">{offer.kind}</span>
                {offer.company}：{offer.title}（{text.offers.people(offer.people)}）
              </p>
              <p className="text-sm text-solid-gray-700">
                {text.offers.receivedOn(formatDate(offer.receivedOn))}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={text.offers.none} />
      )}
    </Section>
  );
}
