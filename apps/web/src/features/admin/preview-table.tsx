import type { AdminPreviewRankFragment } from '../../gql/graphql';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { adminMessages } from './messages';

const text = adminMessages.matching;

/**
 * One of the preview's two top tens. The proposed list says how each offer moved from where the settings in force put
 * it; the current list says where the proposed settings would put it.
 */
export function PreviewTable({
  id,
  title,
  rows,
  compareTo,
}: {
  id: string;
  title: string;
  rows: AdminPreviewRankFragment[];
  compareTo: 'current' | 'proposed';
}) {
  const columns = [
    { key: 'rank', label: text.rank },
    { key: 'counterpart', label: text.counterpart },
    { key: 'score', label: text.score, className: 'text-right' },
    { key: 'change', label: text.change },
  ];
  return (
    <div>
      <h3 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p>{text.noCandidates}</p>
      ) : (
        <ListTable label={title} minWidth="min-w-[28rem]" columns={columns} wrapHeadings>
          {rows.map((row) => (
            <tr key={row.receivingOfferId}>
              <td className={`${bodyCell} tabular-nums`}>{text.rankLabel(row.rank)}</td>
              <th scope="row" className={rowHeadCell}>
                {row.receivingOffer.company.legalName}／{row.receivingOffer.jobTitle}（
                {row.receivingOffer.workplacePrefecture.nameJa}）
              </th>
              <td className={`${bodyCell} text-right tabular-nums`}>{text.points(row.scorePoints)}</td>
              <td className={bodyCell}>{movement(row, compareTo)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}

function movement(row: AdminPreviewRankFragment, compareTo: 'current' | 'proposed'): string {
  if (compareTo === 'current') {
    if (row.currentRank === null) return text.entered;
    if (row.currentRank === row.rank) return text.same;
    return row.currentRank > row.rank ? text.up(row.currentRank) : text.down(row.currentRank);
  }
  if (row.proposedRank === null) return text.left;
  if (row.proposedRank === row.rank) return text.same;
  return row.proposedRank < row.rank ? text.movesUp(row.proposedRank) : text.movesDown(row.proposedRank);
}
