import { EmptyState } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { CompaniesQuery } from '../../gql/graphql';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { pageOf, type CompanySearch } from './company-search';
import { companyFieldLabels, companyMessages } from './messages';

const text = companyMessages.list;

/** The count, the table of companies and the page links; or what to do when nothing matched. */
export function CompanyResults({
  data,
  search,
  filtered,
}: {
  data: CompaniesQuery;
  search: CompanySearch;
  filtered: boolean;
}) {
  const { edges } = data.companies;
  return (
    <ListResults
      id="companies-results"
      text={text}
      to="/companies"
      search={search}
      page={pageOf(search)}
      connection={data.companies}
    >
      {edges.length === 0 ? (
        <EmptyState title={filtered ? text.emptyFiltered : text.emptyAll}>
          <p>{filtered ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
          <p className="mt-2">
            <Link to="/companies/new" className="font-bold text-blue-900 underline">
              {text.create}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <CompanyTable edges={edges} />
      )}
    </ListResults>
  );
}

function CompanyTable({ edges }: { edges: CompaniesQuery['companies']['edges'] }) {
  const columns = (
    ['legalName', 'corporateNumber', 'jsicMajorCode', 'prefectureCode', 'owningOfficeId'] as const
  ).map((key) => ({ key, label: companyFieldLabels[key] }));
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[40rem]" columns={columns}>
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <th scope="row" className={rowHeadCell}>
            <Link
              to="/companies/$companyId"
              params={{ companyId: node.id }}
              className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {node.legalName}
            </Link>
            {node.legalNameKana ? (
              <span className="block text-sm text-solid-gray-700">{node.legalNameKana}</span>
            ) : null}
          </th>
          <td className={`${bodyCell} tabular-nums`}>{node.corporateNumber ?? text.noCorporateNumber}</td>
          <td className={bodyCell}>{node.jsicMajorGroup.nameJa}</td>
          <td className={bodyCell}>{node.prefecture.nameJa}</td>
          <td className={bodyCell}>{node.owningOffice.nameJa}</td>
        </tr>
      ))}
    </ListTable>
  );
}
