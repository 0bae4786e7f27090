import { Badge, EmptyState, formatDateTime } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { CenterReferralRowFragment, CenterReferralsQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { ListResults } from '../../shared/list-results';
import { bodyCell as td, ListTable, rowHeadCell, SelectCell, SelectCheckbox } from '../../shared/list-table';
import { centerReferralMessages } from './messages';
import { referralPageOf, type ReferralSearch } from './referral-search';

const text = centerReferralMessages.list;
const fields = centerReferralMessages.fields;

export interface Selection {
  ids: ReadonlySet<string>;
  toggle: (row: CenterReferralRowFragment, selected: boolean) => void;
  togglePage: (rows: CenterReferralRowFragment[], selected: boolean) => void;
}

/**
 * The count, the table and the page links of a referral list. `selection`: headquarters picks rows for a bulk
 * action; `detail`: which page a row opens.
 */
export function ReferralResults({
  data,
  search,
  to,
  detail,
  selection,
}: {
  data: CenterReferralsQuery;
  search: ReferralSearch;
  to: '/inbox/referrals' | '/office/referrals';
  detail: '/inbox/referrals/$referralId' | '/office/referrals/$referralId';
  selection?: Selection;
}) {
  const { edges } = data.referrals;
  const rows = edges.map((edge) => edge.node);
  return (
    <ListResults
      id="referrals-results"
      text={text}
      to={to}
      search={search}
      page={referralPageOf(search)}
      connection={data.referrals}
    >
      {rows.length === 0 ? (
        <EmptyState title={text.empty}>
          <p>{text.emptyHelp}</p>
        </EmptyState>
      ) : (
        <ReferralTable rows={rows} detail={detail} selection={selection} />
      )}
    </ListResults>
  );
}

function ReferralTable({
  rows,
  detail,
  selection,
}: {
  rows: CenterReferralRowFragment[];
  detail: '/inbox/referrals/$referralId' | '/office/referrals/$referralId';
  selection?: Selection;
}) {
  const needLabel = useEnumLabel('ReferralNeed');
  const allSelected = selection ? rows.every((row) => selection.ids.has(row.id)) : false;
  const columns = [
    selection && {
      key: 'select',
      label: (
        <SelectCheckbox
          label={text.selectPage}
          isSelected={allSelected}
          onChange={(selected) => selection.togglePage(rows, selected)}
        />
      ),
    },
    ...(['clientName', 'institution', 'status', 'need', 'office', 'forwardedAt'] as const).map((key) => ({
      key,
      label: fields[key],
    })),
  ];
  return (
    <ListTable label={text.tableLabel} minWidth="min-w-[48rem]" columns={columns}>
      {rows.map((row) => (
        <tr key={row.id}>
          {selection ? (
            <SelectCell
              label={text.select(row.clientName)}
              isSelected={selection.ids.has(row.id)}
              onChange={(selected) => selection.toggle(row, selected)}
            />
          ) : null}
          <th scope="row" className={rowHeadCell}>
            <Link
              to={detail}
              params={{ referralId: row.id }}
              className="font-bold text-blue-900 underline outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {row.clientName}
            </Link>
            <span className="block text-sm text-solid-gray-700 tabular-nums">
              {row.clientCorporateNumber ?? centerReferralMessages.noCorporateNumber}
            </span>
            {row.possibleDuplicate ? (
              <span className="mt-1 block">
                <Badge tone="warning">{centerReferralMessages.duplicateBadge}</Badge>
              </span>
            ) : null}
          </th>
          <td className={td}>
            {row.institutionName}
            {row.branchName ? <span className="block text-sm">{row.branchName}</span> : null}
          </td>
          <td className={td}>{row.statusLabel}</td>
          <td className={td}>{needLabel(row.need)}</td>
          <td className={td}>{row.assignedOffice?.nameJa ?? centerReferralMessages.none}</td>
          <td className={td}>
            {row.forwardedAt ? formatDateTime(row.forwardedAt) : centerReferralMessages.none}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
