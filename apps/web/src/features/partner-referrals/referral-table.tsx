import { Badge, Checkbox, formatDate, ScrollRegion } from '@kakehashi/web-ui';
import type { PartnerReferralRowFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { partnerReferralMessages } from './messages';
import { ReferralLink } from './referral-link';

const text = partnerReferralMessages.list;
const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';

export interface Selection {
  ids: ReadonlySet<string>;
  toggle: (id: string, selected: boolean) => void;
  togglePage: (selected: boolean) => void;
}

/**
 * The referrals as a table that scrolls sideways inside its own labelled region (never the page); its columns are the
 * Excel export's, in the same order. With `selection` (the head office) each row has a checkbox and the heading one
 * selects the whole page.
 */
export function ReferralTable({
  rows,
  selection,
  label = text.tableLabel,
  rowNumbers = false,
}: {
  rows: PartnerReferralRowFragment[];
  selection?: Selection;
  label?: string;
  /** The row of the uploaded file each referral came from (an import's page). */
  rowNumbers?: boolean;
}) {
  const statusLabel = useEnumLabel('ReferralStatus');
  const needLabel = useEnumLabel('ReferralNeed');
  const columns = text.columns;
  const selectedOnPage = selection ? rows.filter((row) => selection.ids.has(row.id)).length : 0;
  return (
    <ScrollRegion label={label}>
      <table className="w-full min-w-[52rem] border-collapse">
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className={`${th} w-12`}>
                <Checkbox
                  isSelected={rows.length > 0 && selectedOnPage === rows.length}
                  isIndeterminate={selectedOnPage > 0 && selectedOnPage < rows.length}
                  onChange={(selected) => selection.togglePage(selected)}
                >
                  <span className="sr-only">{text.selectPage}</span>
                </Checkbox>
              </th>
            ) : null}
            {rowNumbers ? (
              <th scope="col" className={th}>
                {partnerReferralMessages.importPage.row}
              </th>
            ) : null}
            {Object.values(columns).map((heading) => (
              <th key={heading} scope="col" className={th}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selection ? (
                <td className={td}>
                  <Checkbox
                    isSelected={selection.ids.has(row.id)}
                    onChange={(selected) => selection.toggle(row.id, selected)}
                  >
                    <span className="sr-only">{text.select(row.clientName)}</span>
                  </Checkbox>
                </td>
              ) : null}
              {rowNumbers ? <td className={td}>{row.importRowNumber ?? ''}</td> : null}
              <th scope="row" className={`${td} text-left font-normal`}>
                <ReferralLink id={row.id}>{row.clientName}</ReferralLink>
              </th>
              <td className={td}>{row.branchName ?? text.headOffice}</td>
              <td className={`${td} whitespace-nowrap`}>
                <Badge tone={row.status === 'RETURNED' ? 'warning' : 'neutral'}>
                  {statusLabel(row.status)}
                </Badge>
              </td>
              <td className={td}>{needLabel(row.need)}</td>
              <td className={td}>
                {row.possibleDuplicate ? <Badge tone="danger">{text.duplicateFlag}</Badge> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(row.createdAt)}</td>
              <td className={`${td} whitespace-nowrap`}>
                {row.forwardedAt ? formatDate(row.forwardedAt) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
