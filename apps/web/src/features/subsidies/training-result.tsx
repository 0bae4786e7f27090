import { Badge, formatYen } from '@kakehashi/web-ui';
import type { SubsidyRateTableFieldsFragment, TrainingEstimateFieldsFragment } from '../../gql/graphql';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { EstimateTotal, Findings, Notes, RateTableUsed } from './estimate-parts';
import { subsidyMessages } from './messages';

const text = subsidyMessages.result;

type Trainee = TrainingEstimateFieldsFragment['trainees'][number];

/** A training estimate as the API computed it: each trainee's lines (caps named), the total, notes and findings. */
export function TrainingResult({
  estimate,
  tables,
}: {
  estimate: TrainingEstimateFieldsFragment;
  tables: readonly SubsidyRateTableFieldsFragment[];
}) {
  return (
    <div className="flex flex-col gap-4">
      <p className="font-bold">{estimate.schemeName}</p>
      <RateTableUsed id={estimate.rateTableId} tables={tables} />
      <EstimateTotal totalYen={estimate.totalYen} computation={estimate.totalComputation} />
      {estimate.trainees.map((trainee, index) => (
        <TraineeLines key={`${trainee.name}-${index}`} trainee={trainee} />
      ))}
      <Findings findings={estimate.findings} />
      <Notes notes={estimate.notes} />
    </div>
  );
}

function TraineeLines({ trainee }: { trainee: Trainee }) {
  const hours = (value: number) => `${value.toLocaleString('ja-JP')}時間`;
  return (
    <section className="flex flex-col gap-2" aria-label={text.traineeHeading(trainee.name)}>
      <h3 className="font-bold">{text.traineeHeading(trainee.name)}</h3>
      <p className="text-sm text-solid-gray-700">
        {text.traineeHours(hours(trainee.offJtHours), hours(trainee.ojtHours))}
      </p>
      <ListTable
        label={text.traineeHeading(trainee.name)}
        minWidth="min-w-[30rem]"
        columns={[
          { key: 'item', label: text.item },
          { key: 'computation', label: text.computation },
          { key: 'amount', label: text.amount, className: 'text-right' },
        ]}
      >
        {trainee.lines.map((line) => (
          <tr key={line.item}>
            <th scope="row" className={`${rowHeadCell} whitespace-nowrap`}>
              {line.label}
            </th>
            <td className={`${bodyCell} break-words`}>
              {line.computation}
              {line.capped ? (
                <span className="ml-2 inline-block">
                  <Badge tone="warning">{text.capped}</Badge>
                </span>
              ) : null}
            </td>
            <td className={`${bodyCell} whitespace-nowrap text-right`}>{formatYen(line.amountYen)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row" className={`${rowHeadCell} font-bold`}>
            {text.traineeTotal}
          </th>
          <td className={`${bodyCell} break-words`}>{trainee.totalComputation}</td>
          <td className={`${bodyCell} whitespace-nowrap text-right font-bold`}>
            {formatYen(trainee.totalYen)}
          </td>
        </tr>
      </ListTable>
    </section>
  );
}
