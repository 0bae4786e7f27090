import { Badge, EmptyState, formatDate, ScrollRegion, type BadgeTone } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { OfferStatus } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { offersMessages, type OfferKind } from './messages';

const text = offersMessages.list;

export interface OfferRow {
  id: string;
  jobTitle: string;
  companyName: string;
  status: OfferStatus;
  people: number;
  /** Not yet placed (sending) or not yet filled (receiving). */
  left: number;
  moveTypes: string;
  occupation: string;
  office: string;
  receivedOn: string;
}

const STATUS_TONES: Record<OfferStatus, BadgeTone> = {
  OPEN: 'info',
  IN_PROGRESS: 'warning',
  CLOSED: 'neutral',
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const label = useEnumLabel('OfferStatus');
  return <Badge tone={STATUS_TONES[status]}>{label(status)}</Badge>;
}

const CELL = 'px-3 py-2 align-top';

/** The list as a table that scrolls sideways inside its own labelled region, so the page never does (200 % zoom). */
export function OfferTable({
  kind,
  rows,
  filtered,
}: {
  kind: OfferKind;
  rows: OfferRow[];
  filtered: boolean;
}) {
  if (!rows.length) {
    return filtered ? (
      <EmptyState title={text.empty.filtered}>{text.empty.filteredHint}</EmptyState>
    ) : (
      <EmptyState title={text.empty.none(kind)} />
    );
  }
  const columns = text.columns;
  return (
    <div className="rounded-16 bg-white shadow-sm">
      <ScrollRegion label={text.tableLabel(kind)}>
        <table className="w-full min-w-[56rem] border-collapse text-left">
          <thead className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
            <tr>
              {[
                columns.jobTitle,
                columns.company,
                columns.status,
                columns.people[kind],
                columns.moveType,
                columns.occupation,
                columns.office,
                columns.receivedOn,
              ].map((heading) => (
                <th key={heading} scope="col" className={`${CELL} font-bold`}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-solid-gray-300">
                <th scope="row" className={`${CELL} font-normal`}>
                  <Link
                    to={kind === 'sending' ? '/offers/sending/$offerId' : '/offers/receiving/$offerId'}
                    params={{ offerId: row.id }}
                    className="font-bold text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
                  >
                    {row.jobTitle}
                  </Link>
                </th>
                <td className={CELL}>{row.companyName}</td>
                <td className={CELL}>
                  <OfferStatusBadge status={row.status} />
                </td>
                <td className={`${CELL} whitespace-nowrap`}>{text.peopleCell(row.people, row.left)}</td>
                <td className={CELL}>{row.moveTypes}</td>
                <td className={CELL}>{row.occupation}</td>
                <td className={CELL}>{row.office}</td>
                <td className={`${CELL} whitespace-nowrap`}>{formatDate(row.receivedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
