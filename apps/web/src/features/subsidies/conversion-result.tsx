import { formatYen } from '@kakehashi/web-ui';
import type { ConversionEstimateFieldsFragment, SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { EstimateTotal, Findings, RateTableUsed } from './estimate-parts';
import { subsidyMessages } from './messages';

const text = subsidyMessages.result;

/** A conversion estimate as the API computed it: one line per person, those refused (and why), the total. */
export function ConversionResult({
  estimate,
  tables,
}: {
  estimate: ConversionEstimateFieldsFragment;
  tables: readonly SubsidyRateTableFieldsFragment[];
}) {
  return (
    <div className="flex flex-col gap-4">
      <p className="font-bold">{estimate.schemeName}</p>
      <RateTableUsed id={estimate.rateTableId} tables={tables} />
      <p>
        <span className="font-bold">{text.fiscalYear}</span>
        {`：${estimate.fiscalYearLabel}`}
      </p>
      <EstimateTotal totalYen={estimate.totalYen} computation={estimate.totalComputation} />
      {estimate.lines.length ? (
        <ListTable
          label={estimate.schemeName}
          minWidth="min-w-[30rem]"
          columns={[
            { key: 'name', label: text.person },
            { key: 'computation', label: text.computation },
            { key: 'amount', label: text.amount, className: 'text-right' },
          ]}
        >
          {estimate.lines.map((line, index) => (
            <tr key={`${line.name}-${index}`}>
              <th scope="row" className={rowHeadCell}>
                {line.name}
              </th>
              <td className={`${bodyCell} break-words`}>{line.computation}</td>
              <td className={`${bodyCell} whitespace-nowrap text-right`}>{formatYen(line.amountYen)}</td>
            </tr>
          ))}
        </ListTable>
      ) : null}
      <Refused refused={estimate.refused} />
      {/* A refusal is also a finding: listed once, under 申請できない方. */}
      <Findings
        findings={estimate.findings.filter(
          (finding) => !estimate.refused.some((each) => each.reason === finding.message),
        )}
      />
    </div>
  );
}

function Refused({ refused }: { refused: ConversionEstimateFieldsFragment['refused'] }) {
  if (!refused.length) return null;
  return (
    <section aria-label={text.refused} className="rounded-8 border-2 border-error-1 bg-red-50 p-4">
      <h3 className="font-bold">{text.refused}</h3>
      <ul className="mt-1 list-disc pl-6">
        {refused.map((each, index) => (
          <li key={`${each.name}-${index}`} className="break-words [word-break:auto-phrase]">
            {each.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
