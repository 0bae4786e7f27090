import { EmptyState, formatCount, formatDate, ScrollRegion } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { PartnerInstitutionsQuery } from '../../gql/graphql';
import { ListResults } from '../../shared/list-results';
import { partnerFieldLabels, partnerMessages } from './messages';
import { pageOf, type PartnersSearch } from './partners-search';

const text = partnerMessages.list;
const labels = partnerFieldLabels.institution;

/** The count, the table of institutions and the page links; or what to do when nothing matched. */
export function PartnerResults({
  data,
  search,
  asOf,
  filtered,
}: {
  data: PartnerInstitutionsQuery;
  search: PartnersSearch;
  asOf: string;
  filtered: boolean;
}) {
  const { edges } = data.partnerInstitutions;
  return (
    <ListResults
      id="partners-results"
      text={text}
      to="/partners"
      search={search}
      page={pageOf(search)}
      connection={data.partnerInstitutions}
    >
      {edges.length === 0 ? (
        <EmptyState title={filtered ? text.emptyFiltered : text.emptyAll}>
          <p>{filtered ? text.emptyFilteredHelp : text.emptyAllHelp}</p>
        </EmptyState>
      ) : (
        <InstitutionTable edges={edges} asOf={asOf} />
      )}
    </ListResults>
  );
}

function InstitutionTable({
  edges,
  asOf,
}: {
  edges: PartnerInstitutionsQuery['partnerInstitutions']['edges'];
  asOf: string;
}) {
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold';
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';
  return (
    // The table may be wider than a narrow window; it scrolls inside its own labelled region, not the page.
    <ScrollRegion label={text.tableLabel}>
      <table className="w-full min-w-[40rem] border-collapse">
        <thead>
          <tr>
            <th scope="col" className={th}>
              {labels.name}
            </th>
            <th scope="col" className={th}>
              {labels.type}
            </th>
            <th scope="col" className={th}>
              {labels.coveredPrefectureCodes}
            </th>
            <th scope="col" className={th}>
              {labels.hasHqStep}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {text.inForce(formatDate(asOf))}
            </th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.id}>
              <th scope="row" className={`${td} text-left font-normal`}>
                <Link
                  to="/partners/$institutionId"
                  params={{ institutionId: node.id }}
                  search={{ asOf }}
                  className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
                >
                  {node.name}
                </Link>
              </th>
              <td className={td}>{node.typeLabel}</td>
              <td className={td}>
                {node.coversWholeCountry
                  ? text.wholeCountry
                  : node.coveredPrefectures.map((each) => each.nameJa).join('、')}
              </td>
              <td className={td}>{node.hasHqStep ? text.hqStep.yes : text.hqStep.no}</td>
              <td className={`${td} text-right tabular-nums`}>
                {formatCount(node.agreementsInForceOn, '件')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
