import type { DashboardMonthlyQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BarChart, largestSentence, type ChartCategory } from './bar-chart';
import { exportHref } from './dashboard-search';
import { ExportLinks, FigureTable, type Cell } from './figure-table';
import { dashboardMessages as text } from './messages';

type Monthly = DashboardMonthlyQuery['monthlyStatistics'];
type Month = Monthly['months'][number];

/** The rows of the 月別統計 export, in its order, with the year's total last. */
export function monthlyRows(data: Monthly, sourceLabel: (value: string) => string): Cell[][] {
  const rows: Cell[][] = data.months.map((m) => [
    m.label,
    m.eraLabel,
    sourceLabel(m.source),
    m.preliminary ? text.preliminary : '',
    m.receiving ?? null,
    m.sending ?? null,
    m.establishedSecondment ?? null,
    m.establishedTransfer ?? null,
    m.establishedTotal ?? null,
    m.previousYear.receiving ?? null,
    m.previousYear.sending ?? null,
    m.previousYear.established ?? null,
    m.note ?? '',
  ]);
  const t = data.total;
  rows.push([
    text.monthly.totalLabel(t.label),
    text.monthly.totalLabel(t.eraLabel),
    sourceLabel(t.source),
    t.preliminary ? text.preliminary : '',
    t.receiving ?? null,
    t.sending ?? null,
    t.establishedSecondment ?? null,
    t.establishedTransfer ?? null,
    t.establishedTotal ?? null,
    null,
    null,
    null,
    [t.monthsCovered < 12 ? text.monthly.coveredMonths(t.monthsCovered) : '', ...t.notes]
      .filter(Boolean)
      .join(' '),
  ]);
  return rows;
}

/** A month's category on the charts: 4月, marked 速 when preliminary, or why it has no figures (API's label). */
function category(month: Month, stateLabel: (value: string) => string): ChartCategory {
  const short = month.label.replace(/^\d+年/, '');
  // The API's label without its parenthesis (公表なし（集計開始前） → 公表なし): the chart has room for a word only.
  const gap =
    month.state === 'NOT_YET' || month.state === 'NOT_PUBLISHED'
      ? stateLabel(month.state).replace(/（.*）$/, '')
      : undefined;
  return { label: short, gap, mark: month.preliminary ? text.preliminaryMark : undefined };
}

/** 月別の状況: offers and people established month by month, with the same month a year earlier. */
export function MonthlyPanel({
  data,
  scopeParams,
}: {
  data: Monthly;
  scopeParams: { officeId: string | null; region: string | null };
}) {
  const sourceLabel = useEnumLabel('StatisticsSource');
  const stateLabel = useEnumLabel('StatisticsMonthState');
  const fy = text.fiscalYear(data.fiscalYear);
  const scope = data.scope.label;
  const categories = data.months.map((m) => category(m, stateLabel));
  const labels = data.months.map((m) => m.label);
  const rows = monthlyRows(data, sourceLabel);
  const table = (chartTitle: string) => (
    <>
      <FigureTable
        label={`${text.monthly.tableLabel(fy)}（${chartTitle}）`}
        columns={text.monthly.columns}
        rows={rows}
        totalRows={[rows.length - 1]}
      />
      <p className="mt-1 text-sm">{text.legendPreliminary}</p>
    </>
  );
  const established = data.months.map((m) => m.establishedTotal ?? null);
  return (
    <section
      aria-labelledby="monthly-heading"
      className="mb-6 rounded-16 bg-white p-6 shadow-sm print:shadow-none"
    >
      <h2 id="monthly-heading" className="mb-2 text-xl font-bold">
        {text.monthly.heading}
      </h2>
      <ExportLinks
        name={text.monthly.tableName}
        href={(format) => exportHref('monthly', format, { fiscalYear: data.fiscalYear, ...scopeParams })}
      />
      <BarChart
        title={text.monthly.offersChart}
        description={`${text.chartSummary.monthlyOffers(fy, scope)}${largestSentence(
          labels,
          data.months.map((m) => m.receiving ?? null),
          text.people,
        )}`}
        categories={categories}
        series={[
          {
            name: text.monthly.series.receiving,
            look: 'solid',
            values: data.months.map((m) => m.receiving ?? null),
          },
          {
            name: text.monthly.series.sending,
            look: 'dots',
            values: data.months.map((m) => m.sending ?? null),
          },
        ]}
        table={table}
      />
      <BarChart
        title={text.monthly.establishedChart}
        description={`${text.chartSummary.monthlyEstablished(fy, scope)}${largestSentence(labels, established, text.people)}`}
        categories={categories}
        series={[
          {
            name: text.monthly.series.secondment,
            look: 'solid',
            values: data.months.map((m) => m.establishedSecondment ?? null),
          },
          {
            name: text.monthly.series.transfer,
            look: 'hatch',
            values: data.months.map((m) => m.establishedTransfer ?? null),
          },
          {
            name: text.monthly.series.previous,
            look: 'outline',
            values: data.months.map((m) => m.previousYear.established ?? null),
          },
        ]}
        table={table}
        printTable={false}
      />
    </section>
  );
}
