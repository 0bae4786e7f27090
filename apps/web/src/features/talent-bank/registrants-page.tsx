import { useQuery } from '@apollo/client/react';
import { EmptyState, formatDate, PageHeader, Select, TextField } from '@kakehashi/web-ui';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  TalentBankRegistrantsDocument,
  TalentBankRegistrationFormDocument,
  type TalentBankRegistrantsQuery,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { useEnumLabel, useEnumOptions } from '../../shared/enum-labels';
import { FilterForm, useFilterForm, type FilterFields } from '../../shared/filter-form';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { talentBankMessages } from './messages';
import {
  pageOf,
  registrantFilterOf,
  REGISTRANTS_PER_PAGE,
  withFilters,
  type RegistrantsFilterKey,
  type RegistrantsSearch,
} from './talent-bank-search';

const text = talentBankMessages.list;

const FILTER_FIELDS: FilterFields<RegistrantsFilterKey> = {
  q: { api: 'filter.name', id: 'talent-q' },
  status: { api: 'filter.status', id: 'talent-status' },
  officeId: { api: 'filter.officeId', id: 'talent-office' },
};

const secondaryLink =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2';

const linkClass =
  'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The registrants of the caller's reach, with the filters and page in the URL; no date of birth or contact here. */
export function RegistrantsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/talent-bank' });
  // Headquarters work every office's registrants: they filter by office and see it in each row (the API says who).
  const anyOffice = useRouteContext({ from: '/signed-in' }).me.worksTalentBankOfAnyOffice;
  const navigate = useNavigate();
  const filter = registrantFilterOf(search);
  const { data, error, previousData } = useQuery(TalentBankRegistrantsDocument, {
    variables: { filter, first: REGISTRANTS_PER_PAGE, after: pageOf(search).afterCursor },
  });
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);

  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead}
        actions={
          <>
            <Link to="/talent-bank/openings" className={secondaryLink}>
              {talentBankMessages.openings.link}
            </Link>
            <Link to="/talent-bank/support-requests" className={secondaryLink}>
              {talentBankMessages.supportRequests.link}
            </Link>
            <Link
              to="/talent-bank/new"
              className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 py-2 font-bold text-white outline-none hover:bg-blue-1000 focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2"
            >
              {text.register}
            </Link>
          </>
        }
      />
      <RegistrantFilters
        key={JSON.stringify(filter)}
        search={search}
        failure={failure}
        anyOffice={anyOffice}
        onSearch={(filters) => void navigate({ to: '/talent-bank', search: withFilters(filters) })}
      />
      {shown && !failure ? (
        <ListResults
          id="talent-results"
          text={text}
          to="/talent-bank"
          search={search}
          page={pageOf(search)}
          connection={shown.talentBankRegistrants}
        >
          {shown.talentBankRegistrants.edges.length === 0 ? (
            <EmptyState title={Object.keys(filter).length ? text.emptyFiltered : text.emptyAll}>
              <p>{Object.keys(filter).length ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
            </EmptyState>
          ) : (
            <RegistrantTable edges={shown.talentBankRegistrants.edges} anyOffice={anyOffice} />
          )}
        </ListResults>
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}

function RegistrantFilters({
  search,
  failure,
  anyOffice,
  onSearch,
}: {
  search: RegistrantsSearch;
  failure: ApiErrorInfo | null;
  anyOffice: boolean;
  onSearch: (filters: Record<RegistrantsFilterKey, string>) => void;
}) {
  const form = useFilterForm(FILTER_FIELDS, failure, () => ({
    q: search.q ?? '',
    status: search.status ?? '',
    officeId: search.officeId ?? '',
  }));
  const statuses = useEnumOptions('TalentBankRegistrantStatus');
  const { data: lists } = useQuery(TalentBankRegistrationFormDocument, {
    fetchPolicy: 'cache-first',
    skip: !anyOffice,
  });
  const offices = (lists?.offices ?? []).map((each) => ({ value: each.id, label: each.nameJa }));
  return (
    <FilterForm
      id="talent-filters"
      text={{ ...text, heading: text.filters }}
      problems={form.problems}
      clearTo="/talent-bank"
      onSubmit={() => onSearch(form.draft)}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={text.name} description={text.nameHint} type="search" {...form.text('q')} />
        <Select label={text.status} {...form.choice('status', text.any, statuses)} />
        {anyOffice ? <Select label={text.office} {...form.choice('officeId', text.any, offices)} /> : null}
      </div>
    </FilterForm>
  );
}

function RegistrantTable({
  edges,
  anyOffice,
}: {
  edges: TalentBankRegistrantsQuery['talentBankRegistrants']['edges'];
  anyOffice: boolean;
}) {
  const ageBand = useEnumLabel('TalentBankAgeBand');
  const columns = [
    ...(Object.keys(text.columns) as (keyof typeof text.columns)[]).map((key) => ({
      key,
      label: text.columns[key],
    })),
    anyOffice && { key: 'office', label: text.office },
  ];
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[48rem]" columns={columns} wrapHeadings>
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <th scope="row" className={rowHeadCell}>
            <Link to="/talent-bank/$registrantId" params={{ registrantId: node.id }} className={linkClass}>
              {node.name}
            </Link>
            <span className="block text-sm text-solid-gray-700">{node.kana}</span>
          </th>
          <td className={bodyCell}>{node.statusLabel}</td>
          <td className={bodyCell}>{ageBand(node.ageBandAtRegistration)}</td>
          <td className={bodyCell}>{node.prefecture.nameJa}</td>
          <td className={bodyCell}>{formatDate(node.registeredOn)}</td>
          <td className={bodyCell}>{formatDate(node.lastContactedOn)}</td>
          {anyOffice ? <td className={bodyCell}>{node.office.nameJa}</td> : null}
        </tr>
      ))}
    </ListTable>
  );
}
