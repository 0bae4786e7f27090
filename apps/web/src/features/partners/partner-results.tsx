import { EmptyState, formatCount, formatDate } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { PartnerInstitutionsQuery } from '../../gql/graphql';
import { ListResults } from '../../shared/list-results';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
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
  const columns = [
    ...(['name', 'type', 'coveredPrefectureCodes', 'hasHqStep'] as const).map((key) => ({
      key,
      label: labels[key],
    })),
    { key: 'inForce', label: text.inForce(formatDate(asOf)), className: 'text-right' },
  ];
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[40rem]" columns={columns} wrapHeadings>
      {edges.map(({ node }) => (
        <tr key={node.id}>
          <th scope="row" className={rowHeadCell}>
            <Link
              to="/partners/$institutionId"
              params={{ institutionId: node.id }}
              search={{ asOf }}
              className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {node.name}
            </Link>
          </th>
          <td className={bodyCell}>{node.typeLabel}</td>
          <td className={bodyCell}>
            {node.coversWholeCountry
              ? text.wholeCountry
              : node.coveredPrefectures.map((each) => each.nameJa).join('、')}
          </td>
          <td className={bodyCell}>{node.hasHqStep ? text.hqStep.yes : text.hqStep.no}</td>
          <td className={`${bodyCell} text-right tabular-nums`}>
            {formatCount(node.agreementsInForceOn, '件')}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
