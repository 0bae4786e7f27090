import { useQuery } from '@apollo/client/react';
import { Badge, DatePicker, EmptyState, formatDateTime, PageHeader, Select } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { AdminAccessLogDocument, type AdminAccessLogQuery } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import {
  ACCESS_LOG_PER_PAGE,
  accessLogExportHref,
  accessLogFilterOf,
  accessLogPageOf,
  withAccessLogFilters,
  type AccessLogFilterKey,
  type AccessLogSearch,
} from './access-log-search';
import { adminMessages } from './messages';

const text = adminMessages.accessLog;

const FILTER_FIELDS: FilterFields<AccessLogFilterKey> = {
  outcome: { api: 'filter.outcome', id: 'access-log-outcome' },
  action: { api: 'filter.action', id: 'access-log-action' },
  from: { api: 'filter.from', id: 'access-log-from' },
  to: { api: 'filter.to', id: 'access-log-to' },
};

const downloadLink =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 underline outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The talent bank's access log: who read or was refused which record, when, from where; filters; CSV export. */
export function AdminAccessLogPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/admin/access-log' });
  const navigate = useNavigate();
  const { data, error, previousData } = useQuery(AdminAccessLogDocument, {
    variables: {
      filter: accessLogFilterOf(search),
      first: ACCESS_LOG_PER_PAGE,
      after: accessLogPageOf(search).afterCursor,
    },
  });
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);
  const filtered = Boolean(search.outcome || search.action || search.from || search.to);
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <AccessLogFilters
        key={JSON.stringify([search.outcome, search.action, search.from, search.to])}
        search={search}
        failure={failure}
        onSearch={(filters) =>
          void navigate({ to: '/admin/access-log', search: withAccessLogFilters(filters) })
        }
      />
      {shown && !failure ? (
        <ListResults
          id="access-log-results"
          text={text}
          to="/admin/access-log"
          search={search}
          page={accessLogPageOf(search)}
          connection={shown.talentBankAccessLog}
          actions={
            <a href={accessLogExportHref(search)} download className={downloadLink}>
              {text.download}
            </a>
          }
        >
          {shown.talentBankAccessLog.edges.length === 0 ? (
            <EmptyState title={filtered ? text.emptyFiltered : text.emptyAll}>
              <p>{filtered ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
            </EmptyState>
          ) : (
            <AccessLogTable edges={shown.talentBankAccessLog.edges} />
          )}
        </ListResults>
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}

function AccessLogFilters({
  search,
  failure,
  onSearch,
}: {
  search: AccessLogSearch;
  failure: ApiErrorInfo | null;
  onSearch: (filters: Record<AccessLogFilterKey, string>) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => ({
    outcome: search.outcome ?? '',
    action: search.action ?? '',
    from: search.from ?? '',
    to: search.to ?? '',
  }));
  const outcomes = useEnumOptions('TalentBankAccessOutcome');
  const actions = useEnumOptions('TalentBankAccessAction');
  return (
    <FilterForm
      id="access-log-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/admin/access-log"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <DatePicker label={text.from} description={text.periodHint} {...form.date('from')} />
        <DatePicker label={text.to} description={text.periodHint} {...form.date('to')} />
        <Select label={text.outcome} {...form.choice('outcome', text.any, outcomes)} />
        <Select label={text.action} {...form.choice('action', text.any, actions)} />
      </div>
    </FilterForm>
  );
}

function AccessLogTable({ edges }: { edges: AdminAccessLogQuery['talentBankAccessLog']['edges'] }) {
  const roleLabel = useEnumLabel('Role');
  const actionLabel = useEnumLabel('TalentBankAccessAction');
  const outcomeLabel = useEnumLabel('TalentBankAccessOutcome');
  const columns = [
    { key: 'when', label: text.when },
    { key: 'who', label: text.who },
    { key: 'role', label: text.role },
    { key: 'action', label: text.action },
    { key: 'operation', label: text.operation },
    { key: 'registrant', label: text.registrant },
    { key: 'fields', label: text.fields },
    { key: 'outcome', label: text.outcome },
    { key: 'where', label: text.where },
  ];
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[80rem]" columns={columns}>
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <td className={`${bodyCell} whitespace-nowrap`}>{formatDateTime(node.occurredAt)}</td>
          <th scope="row" className={rowHeadCell}>
            {node.actor ? `${node.actor.name}（${node.actor.email}）` : text.unknown}
          </th>
          <td className={bodyCell}>{roleLabel(node.actorRole)}</td>
          <td className={bodyCell}>{actionLabel(node.action)}</td>
          <td className={`${bodyCell} whitespace-nowrap font-mono text-sm`}>{node.operation}</td>
          <td className={`${bodyCell} break-all font-mono text-sm`}>{node.registrantId ?? text.none}</td>
          <td className={`${bodyCell} text-sm`}>{node.fields.length ? node.fields.join('、') : text.none}</td>
          <td className={bodyCell}>
            <Badge tone={node.outcome === 'ALLOWED' ? 'success' : 'neutral'}>
              {node.outcome === 'DENIED' && node.denialReason
                ? text.denied(node.denialReason)
                : outcomeLabel(node.outcome)}
            </Badge>
          </td>
          <td className={`${bodyCell} whitespace-nowrap font-mono text-sm`}>{node.clientIp ?? text.none}</td>
        </tr>
      ))}
    </ListTable>
  );
}
