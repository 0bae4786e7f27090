import type { DashboardAnnualQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { BarChart, largestSentence } from './bar-chart';
import { exportHref } from './dashboard-search';
import { ExportLinks, FigureTable, type Cell } from './figure-table';
import { dashboardMessages as text } from './messages';

type Year = DashboardAnnualQuery['annualStatistics']['years'][number];

/** 2022-04 → 2022年4月 (the API's month label). */
function monthLabel(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return `${year}年${month}月`;
}

function periodLabel(from: string, to: string): string {
  return from === to ? monthLabel(from) : `${monthLabel(from)}～${monthLabel(to)}`;
}

/** The rows of the 年度別統計 export, in its order. */
export function annualRows(years: Year[], sourceLabel: (value: string) => string): Cell[][] {
  return years.map((y) => [
    `${y.label}（${y.eraLabel}）`,
    y.coveredFrom && y.coveredTo
      ? periodLabel(y.coveredFrom, y.coveredTo)
      : periodLabel(y.periodFrom, y.periodTo),
    sourceLabel(y.source),
    y.preliminary ? text.preliminary : '',
    y.monthsCovered,
    y.receiving ?? null,
    y.sending ?? null,
    y.establishedSecondment ?? null,
    y.establishedTransfer ?? null,
    y.establishedTotal ?? null,
    y.notes.join(' '),
  ]);
}

/** 10年間の推移: the annual series from the published history through the live years. */
export function AnnualPanel({
  years,
  scopeLabel,
  scopeParams,
}: {
  years: Year[];
  scopeLabel: string;
  scopeParams: { officeId: string | null; region: string | null };
}) {
  const sourceLabel = useEnumLabel('StatisticsSource');
  const from = years[0]?.fiscalYear ?? 0;
  const to = years[years.length - 1]?.fiscalYear ?? 0;
  const rows = annualRows(years, sourceLabel);
  const labels = years.map((y) => y.label);
  return (
    <section aria-labelledby="annual-heading" className="mb-6 rounded-16 bg-white p-6 shadow-sm print:hidden">
      <h2 id="annual-heading" className="mb-2 text-xl font-bold">
        {text.annual.heading}
      </h2>
      <ExportLinks
        name={text.annual.tableName}
        href={(format) =>
          exportHref('annual', format, { fromFiscalYear: from, toFiscalYear: to, ...scopeParams })
        }
      />
      <BarChart
        title={text.annual.offersChart}
        description={`${text.chartSummary.annualOffers(scopeLabel)}${largestSentence(
          labels,
          years.map((y) => y.receiving ?? null),
          text.people,
        )}`}
        categories={years.map((y) => ({
          label: String(y.fiscalYear),
          mark: y.preliminary ? text.preliminaryMark : undefined,
          gap: y.monthsCovered === 0 ? text.noValue : undefined,
        }))}
        series={[
          {
            name: text.monthly.series.receiving,
            look: 'solid',
            values: years.map((y) => y.receiving ?? null),
          },
          { name: text.monthly.series.sending, look: 'dots', values: years.map((y) => y.sending ?? null) },
        ]}
        table={(chartTitle) => (
          <FigureTable
            label={`${text.annual.tableLabel(from, to)}（${chartTitle}）`}
            columns={text.annual.columns}
            rows={rows}
          />
        )}
      />
      <BarChart
        title={text.annual.chart}
        description={`${text.chartSummary.annual(scopeLabel)}${largestSentence(
          labels,
          years.map((y) => y.establishedTotal ?? null),
          text.people,
        )}`}
        categories={years.map((y) => ({
          label: String(y.fiscalYear),
          mark: y.preliminary ? text.preliminaryMark : undefined,
          gap: y.monthsCovered === 0 ? text.noValue : undefined,
        }))}
        series={[
          {
            name: text.monthly.series.secondment,
            look: 'solid',
            values: years.map((y) => y.establishedSecondment ?? null),
          },
          {
            name: text.monthly.series.transfer,
            look: 'hatch',
            values: years.map((y) => y.establishedTransfer ?? null),
          },
        ]}
        table={(chartTitle) => (
          <FigureTable
            label={`${text.annual.tableLabel(from, to)}（${chartTitle}）`}
            columns={text.annual.columns}
            rows={rows}
          />
        )}
      />
    </section>
  );
}
