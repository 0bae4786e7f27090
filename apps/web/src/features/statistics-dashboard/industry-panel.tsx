import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import type { DashboardIndustryFlowsQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { exportHref } from './dashboard-search';
import { ExportLinks, FigureTable, type Cell } from './figure-table';
import { dashboardMessages as text } from './messages';

type Flows = DashboardIndustryFlowsQuery['industryFlows'];

/** The 業種間マトリクス of the export: sending industries down, receiving across, in JSIC order, with totals. */
export function matrixGrid(flows: Flows) {
  const names = new Map<string, string>();
  for (const cell of flows.matrix) {
    names.set(cell.sendingJsicCode, cell.sendingIndustryJa);
    names.set(cell.receivingJsicCode, cell.receivingIndustryJa);
  }
  const sending = [...new Set(flows.matrix.map((c) => c.sendingJsicCode))].sort();
  const receiving = [...new Set(flows.matrix.map((c) => c.receivingJsicCode))].sort();
  const people = new Map(flows.matrix.map((c) => [`${c.sendingJsicCode}:${c.receivingJsicCode}`, c.people]));
  const at = (s: string, r: string) => people.get(`${s}:${r}`) ?? 0;
  const columns = [text.industry.corner, ...receiving.map((r) => `${r} ${names.get(r)}`), text.industry.sum];
  const rows = sending.map((s) => {
    const cells = receiving.map((r) => at(s, r));
    return { heading: `${s} ${names.get(s)}`, cells, total: cells.reduce((a, b) => a + b, 0) };
  });
  const columnTotals = receiving.map((r) => sending.reduce((sum, s) => sum + at(s, r), 0));
  const max = Math.max(1, ...flows.matrix.map((c) => c.people));
  return { columns, rows, columnTotals, max };
}

/** Five shades; the darker two carry white text (contrast ≥ 4.5:1), and every cell says its number. */
function shade(people: number, max: number): { backgroundColor: string; color: string } {
  const steps = [0, 0.08, 0.2, 0.4, 0.75, 1];
  const level = people <= 0 ? 0 : Math.min(5, Math.ceil((people / max) * 5));
  const alpha = steps[level];
  return {
    backgroundColor: alpha ? `rgba(0, 49, 216, ${alpha})` : '#ffffff',
    color: level >= 4 ? '#ffffff' : '#1a1a1a',
  };
}

function HeatMap({ flows }: { flows: Flows }) {
  const grid = matrixGrid(flows);
  const [tableShown, setTableShown] = useState(false);
  const plainRows: Cell[][] = [
    ...grid.rows.map((row): Cell[] => [row.heading, ...row.cells, row.total]),
    [text.industry.sum, ...grid.columnTotals, grid.columnTotals.reduce((a, b) => a + b, 0)],
  ];
  const td = 'border border-solid-gray-300 px-2 py-1 text-right tabular-nums whitespace-nowrap';
  const th = 'border border-solid-gray-300 px-2 py-1 text-left font-bold whitespace-nowrap';
  return (
    <figure aria-labelledby="heatmap-title" className="mb-6">
      <figcaption>
        <h3 id="heatmap-title" className="text-lg font-bold">
          {text.industry.heatMap}
        </h3>
        <p className="mb-2 text-sm [word-break:auto-phrase]">{text.industry.heatMapHelp}</p>
      </figcaption>
      <div
        role="region"
        aria-labelledby="heatmap-title"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
        tabIndex={0}
        className="overflow-x-auto outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
      >
        <table className="border-collapse text-sm">
          <caption className="sr-only">{text.industry.heatMap}</caption>
          <thead>
            <tr>
              {grid.columns.map((heading) => (
                <th key={heading} scope="col" className={th}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.heading}>
                <th scope="row" className={th}>
                  {row.heading}
                </th>
                {row.cells.map((people, index) => (
                  <td key={index} className={td} style={shade(people, grid.max)}>
                    {people.toLocaleString('ja-JP')}
                  </td>
                ))}
                <td className={`${td} font-bold`}>{row.total.toLocaleString('ja-JP')}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className={th}>
                {text.industry.sum}
              </th>
              {grid.columnTotals.map((people, index) => (
                <td key={index} className={`${td} font-bold`}>
                  {people.toLocaleString('ja-JP')}
                </td>
              ))}
              <td className={`${td} font-bold`}>
                {grid.columnTotals.reduce((a, b) => a + b, 0).toLocaleString('ja-JP')}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="mt-2 print:hidden">
        <Button
          variant="secondary"
          aria-expanded={tableShown}
          aria-controls="heatmap-table"
          onPress={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? text.hideTable : text.showTable}
        </Button>
      </div>
      <div id="heatmap-table" className={tableShown ? 'mt-3' : 'hidden'}>
        <FigureTable
          label={`${text.industry.tableName}（${text.industry.heatMap}、表）`}
          columns={grid.columns}
          rows={plainRows}
          totalRows={[plainRows.length - 1]}
        />
      </div>
    </figure>
  );
}

function rankRows(industries: Flows['topSendingIndustries'], missing: string): Cell[][] {
  return industries.length
    ? industries.map((i) => [i.rank, i.jsicCode, i.industryJa, i.people])
    : [[null, null, missing, null]];
}

/** 業種間の成立状況: the share with its definition, both rankings and the sending × receiving heat map. */
export function IndustryPanel({
  flows,
  period,
  moveType,
  scopeParams,
}: {
  flows: Flows;
  period: { from: string; to: string };
  moveType: string | null;
  scopeParams: { officeId: string | null; region: string | null };
}) {
  const sourceLabel = useEnumLabel('StatisticsSource');
  const missing = flows.source === 'LIVE' ? text.industry.none : (flows.note ?? text.industry.none);
  const summary: Cell[][] = [
    [text.industry.period, flows.label],
    [text.industry.source, sourceLabel(flows.source)],
    [text.preliminary, flows.preliminary ? text.preliminary : ''],
    [text.industry.total, flows.totalPeople ?? null],
    [text.industry.cross, flows.crossIndustryPeople ?? null],
    [`${text.industry.shareTerm}（％）`, flows.crossIndustryShare ?? null],
    [text.industry.note, flows.note ?? ''],
  ];
  return (
    <>
      <ExportLinks
        name={text.industry.tableName}
        href={(format) => exportHref('industry-flows', format, { ...period, moveType, ...scopeParams })}
      />
      <div className="mb-4 rounded-8 border-2 border-blue-900 p-4">
        <p className="text-sm font-bold">{text.industry.shareTerm}</p>
        <p className="text-3xl font-bold tabular-nums">{text.industry.share(flows.crossIndustryShare)}</p>
        <p className="mt-1 text-sm [word-break:auto-phrase]">
          <dfn className="font-bold not-italic">{text.industry.shareTerm}</dfn>:{' '}
          {text.industry.shareDefinition}
        </p>
      </div>
      <FigureTable
        label={`${text.industry.tableName}（概要）`}
        columns={text.industry.summaryColumns}
        rows={summary}
      />
      <div className="my-4 grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="top-sending" className="min-w-0">
          <h3 id="top-sending" className="mb-1 font-bold">
            {text.industry.topSending}
          </h3>
          <FigureTable
            label={text.industry.topSending}
            columns={text.industry.rankColumns}
            rows={rankRows(flows.topSendingIndustries, missing)}
          />
        </section>
        <section aria-labelledby="top-receiving" className="min-w-0">
          <h3 id="top-receiving" className="mb-1 font-bold">
            {text.industry.topReceiving}
          </h3>
          <FigureTable
            label={text.industry.topReceiving}
            columns={text.industry.rankColumns}
            rows={rankRows(flows.topReceivingIndustries, missing)}
          />
        </section>
      </div>
      {flows.matrix.length ? <HeatMap flows={flows} /> : <p className="text-sm">{missing}</p>}
    </>
  );
}
