import { EmptyState, ScrollRegion } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { CompaniesQuery } from '../../gql/graphql';
import { ListResults } from '../../shared/list-results';
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
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';
  return (
    // The table may be wider than a narrow window; it scrolls inside its own labelled region, not the page.
    <ScrollRegion label={text.tableLabel}>
      <table className="w-full min-w-[40rem] border-collapse">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {companyFieldLabels.legalName}
            </th>
            <th scope="col" className={th}>
              {companyFieldLabels.corporateNumber}
            </th>
            <th scope="col" className={th}>
              {companyFieldLabels.jsicMajorCode}
            </th>
            <th scope="col" className={th}>
              {companyFieldLabels.prefectureCode}
            </th>
            <th scope="col" className={th}>
              {companyFieldLabels.owningOfficeId}
            </th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.id}>
              <th scope="row" className={`${td} text-left font-normal`}>
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
              <td className={`${td} tabular-nums`}>{node.corporateNumber ?? text.noCorporateNumber}</td>
              <td className={td}>{node.jsicMajorGroup.nameJa}</td>
              <td className={td}>{node.prefecture.nameJa}</td>
              <td className={td}>{node.owningOffice.nameJa}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
