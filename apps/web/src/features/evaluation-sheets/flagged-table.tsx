import type { SheetEvaluation } from './sheet-view';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { sheetMessages } from './messages';

const text = sheetMessages.rating;

/** The criteria the API flagged (a differing rating, a C, no self rating) and whether each note is recorded yet. */
export function FlaggedTable({ flagged }: { flagged: SheetEvaluation['flaggedCriteria'] }) {
  const reason = useEnumLabel('EvaluationFlagReason');
  const columns = text.flaggedColumns;
  const mark = (done: boolean) => (
    <span className={done ? '' : 'font-bold text-error-1'}>{done ? text.recorded : text.missing}</span>
  );
  return (
    <div>
      <p className="mb-2">{text.flaggedLead}</p>
      <ListTable
        label={text.flaggedTable}
        minWidth="min-w-[36rem]"
        columns={[
          { key: 'criterion', label: columns.criterion },
          { key: 'reasons', label: columns.reasons },
          { key: 'lead', label: columns.lead },
          { key: 'explanation', label: columns.explanation },
        ]}
      >
        {flagged.map((each) => (
          <tr key={each.key}>
            <th scope="row" className={rowHeadCell}>
              {each.label}
            </th>
            <td className={bodyCell}>{each.reasons.map(reason).join('・')}</td>
            <td className={bodyCell}>{mark(each.hasLeadNote)}</td>
            <td className={bodyCell}>{mark(each.hasExplanationNote)}</td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
