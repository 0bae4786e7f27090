import { formatDate } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { SheetSummaryFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { sheetMessages } from './messages';
import { currentMoment } from './sheet-view';

const text = sheetMessages;

/** Where a sheet stands, in the API's words: the current moment and its step, or the issued final evaluation. */
export function useStandingOf() {
  const moment = useEnumLabel('EvaluationMoment');
  const state = useEnumLabel('EvaluationState');
  return (steps: SheetSummaryFragment['steps']) => {
    const current = currentMoment(steps);
    if (!current) return text.steps.allIssued;
    const step = steps.find((each) => each.moment === current);
    return text.steps.current(moment(current), step ? state(step.state) : text.steps.notStarted);
  };
}

/** A list of sheets: who, which duty, the period, where each stands and whether its final evaluation was issued. */
export function SheetsTable({ label, sheets }: { label: string; sheets: SheetSummaryFragment[] }) {
  const standing = useStandingOf();
  const columns = text.list.columns;
  return (
    <ListTable
      label={label}
      minWidth="min-w-[40rem]"
      columns={[
        { key: 'trainee', label: columns.trainee },
        { key: 'duty', label: columns.duty },
        { key: 'period', label: columns.period },
        { key: 'moment', label: columns.moment },
        { key: 'issued', label: columns.issued },
      ]}
    >
      {sheets.map((sheet) => (
        <tr key={sheet.id}>
          <th scope="row" className={rowHeadCell}>
            <Link
              to="/jobcard/sheets/$sheetId"
              params={{ sheetId: sheet.id }}
              className="text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              {sheet.traineeName}
            </Link>
          </th>
          <td className={bodyCell}>{sheet.duty}</td>
          <td className={bodyCell}>
            {text.sheet.period(formatDate(sheet.periodStart), formatDate(sheet.periodEnd))}
          </td>
          <td className={bodyCell}>{standing(sheet.steps)}</td>
          <td className={bodyCell}>{sheet.issuedOn ? formatDate(sheet.issuedOn) : text.list.notIssued}</td>
        </tr>
      ))}
    </ListTable>
  );
}
