import { Badge, formatDate, formatYen } from '@kakehashi/web-ui';
import type { SubsidyRateTableFieldsFragment, SubsidyRatesBySizeFieldsFragment } from '../../gql/graphql';
import { bodyCell, ListTable, rowHeadCell } from '../../shared/list-table';
import { periodOf } from './estimate-parts';
import { subsidyMessages } from './messages';

const text = subsidyMessages.tables;

type Table = SubsidyRateTableFieldsFragment;

/** Every dated rate table the API knows (the one in force today and the earlier ones), with their amounts. */
export function RateTablesSection({ tables }: { tables: readonly Table[] }) {
  const current = tables.findIndex((each) => each.inForceToday);
  const status = (index: number) =>
    index === current ? (
      <Badge tone="info">{text.inForce}</Badge>
    ) : (
      <Badge>{current >= 0 && index > current ? text.later : text.earlier}</Badge>
    );
  return (
    <section aria-labelledby="sb-tables-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="sb-tables-heading" className="text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4 mt-1">{text.lead}</p>
      <ListTable
        label={text.caption}
        minWidth="min-w-[40rem]"
        columns={[
          { key: 'id', label: text.id },
          { key: 'period', label: text.period },
          { key: 'schemes', label: text.schemes },
          { key: 'source', label: text.source },
          { key: 'status', label: text.status },
        ]}
      >
        {tables.map((table, index) => (
          <tr key={table.id}>
            <th scope="row" className={`${rowHeadCell} whitespace-nowrap font-bold`}>
              {table.id}
            </th>
            <td className={bodyCell}>{periodOf(table)}</td>
            <td className={bodyCell}>
              <p>{table.trainingSchemeName}</p>
              <p>{table.conversionSchemeName}</p>
            </td>
            <td className={`${bodyCell} whitespace-nowrap`}>{table.source}</td>
            <td className={bodyCell}>{status(index)}</td>
          </tr>
        ))}
      </ListTable>
      <div className="mt-4 flex flex-col gap-2">
        {tables.map((table) => (
          <TableAmounts key={table.id} table={table} />
        ))}
      </div>
    </section>
  );
}

const SIZES: (keyof Omit<SubsidyRatesBySizeFieldsFragment, '__typename'>)[] = [
  'sme',
  'smeUplift',
  'large',
  'largeUplift',
];

/** One table's amounts, folded away until asked for (a native disclosure: Enter or Space opens it). */
function TableAmounts({ table }: { table: Table }) {
  const rows: [string, SubsidyRatesBySizeFieldsFragment | null][] = [
    [text.offJtWage, table.offJtWagePerHour],
    [text.ojt, table.ojtPerHour],
    ...table.conversion.map((each): [string, SubsidyRatesBySizeFieldsFragment | null] => [
      each.kindLabel,
      each.rates ?? null,
    ]),
  ];
  const hours = (value: number) => `${value.toLocaleString('ja-JP')}時間`;
  return (
    <details className="rounded-8 border border-solid-gray-420 p-3">
      <summary className="cursor-pointer font-bold outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
        {text.amounts(table.id)}
      </summary>
      <div className="mt-3 flex flex-col gap-2">
        <ListTable
          label={text.rateCaption(table.id)}
          minWidth="min-w-[36rem]"
          wrapHeadings
          columns={[{ key: 'item', label: text.id }, ...SIZES.map((key) => ({ key, label: text[key] }))]}
        >
          {rows.map(([label, rates]) => (
            <tr key={label}>
              <th scope="row" className={rowHeadCell}>
                {label}
              </th>
              {SIZES.map((key) => (
                <td key={key} className={`${bodyCell} whitespace-nowrap text-right`}>
                  {rates ? formatYen(rates[key]) : text.noAmount}
                </td>
              ))}
            </tr>
          ))}
        </ListTable>
        <ul className="list-disc pl-6 [word-break:auto-phrase]">
          <li>{`${text.costSme}：${text.brackets(table.offJtCostBracketsSme.map(formatYen))}`}</li>
          <li>{`${text.costLarge}：${text.brackets(table.offJtCostBracketsLarge.map(formatYen))}`}</li>
          <li>{text.hoursCaps(hours(table.offJtWageHoursCap), hours(table.ojtHoursCap))}</li>
          <li>
            {table.conversionCapPerEstablishmentPerFiscalYear === null
              ? text.noConversionCap
              : text.conversionCap(`${table.conversionCapPerEstablishmentPerFiscalYear}人`)}
          </li>
          {table.offJtCostIncreasesAfterConversion ? <li>{text.costIncrease}</li> : null}
          {table.dispatchAddition ? <DispatchLine addition={table.dispatchAddition} /> : null}
        </ul>
      </div>
    </details>
  );
}

function DispatchLine({ addition }: { addition: NonNullable<Table['dispatchAddition']> }) {
  return (
    <li>
      {text.dispatch(formatYen(addition.yenPerPerson), formatDate(addition.from), formatDate(addition.until))}
      <span className="ml-2 text-sm text-solid-gray-700">{addition.source}</span>
    </li>
  );
}
