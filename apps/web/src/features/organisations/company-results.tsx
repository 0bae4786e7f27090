import { EmptyState, ScrollRegion } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { CompaniesQuery } from '../../gql/graphql';
import { pageOf, type CompanySearch } from './company-search';
import { companyFieldLabels, companyMessages } from './messages';

const text = companyMessages.list;
const linkClass =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

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
  const { totalCount, edges, pageInfo } = data.companies;
  const page = pageOf(search);
  const last = page.firstIndex + edges.length - 1;
  return (
    <section aria-labelledby="companies-results" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="companies-results" className="text-xl font-bold">
        {text.results}
      </h2>
      <p role="status" className="mb-4 mt-1">
        {text.count(totalCount, page.firstIndex, last)}
      </p>
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
      {page.number > 1 || pageInfo.hasNextPage ? (
        <nav aria-label={text.pagination} className="mt-4 flex flex-wrap gap-2">
          {page.number > 1 ? (
            <>
              <Link to="/companies" search={{ ...search, after: undefined }} className={linkClass}>
                {text.first}
              </Link>
              <Link to="/companies" search={page.previous()} className={linkClass}>
                {text.previous}
              </Link>
            </>
          ) : null}
          {pageInfo.hasNextPage && pageInfo.endCursor ? (
            <Link to="/companies" search={page.next(pageInfo.endCursor)} className={linkClass}>
              {text.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
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
