import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader, Select } from '@kakehashi/web-ui';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  SeniorOpeningsDocument,
  TalentBankRegistrationFormDocument,
  type SeniorOpeningsQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { FilterForm, useFilterForm } from '../../shared/filter-form';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { talentBankMessages } from './messages';
import { openingsPageOf, openingsSearchSchema, OPENINGS_PER_PAGE } from './talent-bank-search';

const text = talentBankMessages.openings;

const linkClass =
  'font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** The senior openings still taking people, by workplace prefecture (in the address), each leading to its candidates. */
export function OpeningsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/talent-bank/openings' });
  const navigate = useNavigate();
  const filter = search.prefectureCode ? { prefectureCode: search.prefectureCode } : {};
  const { data, error, previousData } = useQuery(SeniorOpeningsDocument, {
    variables: { filter, first: OPENINGS_PER_PAGE, after: openingsPageOf(search).afterCursor },
  });
  const { data: lists } = useQuery(TalentBankRegistrationFormDocument, { fetchPolicy: 'cache-first' });
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);
  const form = useFilterForm(
    { prefectureCode: { api: 'filter.prefectureCode', id: 'tb-openings-prefecture' } },
    failure,
    () => ({ prefectureCode: search.prefectureCode ?? '' }),
  );

  return (
    <>
      <PageHeader
        title={text.title}
        lead={
          <>
            {text.lead}{' '}
            <Link to="/talent-bank" className={linkClass}>
              {text.back}
            </Link>
          </>
        }
      />
      <FilterForm
        id="tb-openings-filters"
        text={{ ...text, heading: text.filters }}
        problems={form.problems}
        clearTo="/talent-bank/openings"
        onSubmit={() =>
          void navigate({
            to: '/talent-bank/openings',
            search: openingsSearchSchema.parse({ prefectureCode: form.draft.prefectureCode || undefined }),
          })
        }
      >
        <Select
          label={text.prefecture}
          {...form.choice(
            'prefectureCode',
            text.any,
            (lists?.prefectures ?? []).map((each) => ({ value: each.code, label: each.nameJa })),
          )}
        />
      </FilterForm>
      {shown && !failure ? (
        <ListResults
          id="tb-openings-results"
          text={text}
          to="/talent-bank/openings"
          search={search}
          page={openingsPageOf(search)}
          connection={shown.seniorOpenings}
        >
          {shown.seniorOpenings.edges.length === 0 ? (
            <EmptyState title={text.empty}>
              <p>{text.emptyHelp}</p>
            </EmptyState>
          ) : (
            <OpeningTable edges={shown.seniorOpenings.edges} />
          )}
        </ListResults>
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}

function OpeningTable({ edges }: { edges: SeniorOpeningsQuery['seniorOpenings']['edges'] }) {
  const style = useEnumLabel('SeniorWorkingStyle');
  const columns = (Object.keys(text.columns) as (keyof typeof text.columns)[]).map((key) => ({
    key,
    label: text.columns[key],
    className: key === 'remaining' ? 'text-right' : undefined,
  }));
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[44rem]" columns={columns} wrapHeadings>
      {edges.map(({ node }) => (
        <tr key={node.receivingOfferId}>
          <th scope="row" className={rowHeadCell}>
            <Link
              to="/talent-bank/openings/$receivingOfferId"
              params={{ receivingOfferId: node.receivingOfferId }}
              className={linkClass}
            >
              {node.receivingOffer.company.legalName}「{node.receivingOffer.jobTitle}」
            </Link>
          </th>
          <td className={bodyCell}>{node.receivingOffer.workplacePrefecture.nameJa}</td>
          <td className={bodyCell}>{style(node.workingStyle)}</td>
          <td className={bodyCell}>
            {talentBankMessages.matches.wage(node.wageMin ?? null, node.wageMax ?? null)}
          </td>
          <td className={`${bodyCell} text-right tabular-nums`}>
            {text.people(node.receivingOffer.peopleRemaining)}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
