import { Badge, formatDate } from '@kakehashi/web-ui';
import type { PartnerReferralRowFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell as td, ListTable, rowHeadCell, SelectCell, SelectCheckbox } from '../../shared/list-table';
import { partnerReferralMessages } from './messages';
import { ReferralLink } from './referral-link';

const text = partnerReferralMessages.list;

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
  const selectedOnPage = selection ? rows.filter((row) => selection.ids.has(row.id)).length : 0;
  const columns = [
    selection && {
      key: 'select',
      className: 'w-12',
      label: (
        <SelectCheckbox
          label={text.selectPage}
          isSelected={rows.length > 0 && selectedOnPage === rows.length}
          isIndeterminate={selectedOnPage > 0 && selectedOnPage < rows.length}
          onChange={(selected) => selection.togglePage(selected)}
        />
      ),
    },
    rowNumbers && { key: 'row', label: partnerReferralMessages.importPage.row },
    ...Object.values(text.columns).map((heading) => ({ key: heading, label: heading })),
  ];
  return (
    <ListTable label={label} minWidth="min-w-[52rem]" columns={columns}>
      {rows.map((row) => (
        <tr key={row.id}>
          {selection ? (
            <SelectCell
              label={text.select(row.clientName)}
              isSelected={selection.ids.has(row.id)}
              onChange={(selected) => selection.toggle(row.id, selected)}
            />
          ) : null}
          {rowNumbers ? <td className={td}>{row.importRowNumber ?? ''}</td> : null}
          <th scope="row" className={rowHeadCell}>
            <ReferralLink id={row.id}>{row.clientName}</ReferralLink>
          </th>
          <td className={td}>{row.branchName ?? text.headOffice}</td>
          <td className={`${td} whitespace-nowrap`}>
            <Badge tone={row.status === 'RETURNED' ? 'warning' : 'neutral'}>{statusLabel(row.status)}</Badge>
          </td>
          <td className={td}>{needLabel(row.need)}</td>
          <td className={td}>
            {row.possibleDuplicate ? <Badge tone="danger">{text.duplicateFlag}</Badge> : null}
          </td>
          <td className={`${td} whitespace-nowrap`}>{formatDate(row.createdAt)}</td>
          <td className={`${td} whitespace-nowrap`}>{row.forwardedAt ? formatDate(row.forwardedAt) : ''}</td>
        </tr>
      ))}
    </ListTable>
  );
}
