import { Button, DatePicker, formatDate } from '@kakehashi/web-ui';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { DashboardPartnersQuery, DashboardTalentBankQuery } from '../../gql/graphql';
import { BarChart, largestSentence } from './bar-chart';
import { exportHref } from './dashboard-search';
import { ExportLinks, FigureTable, type Cell } from './figure-table';
import { dashboardMessages as text } from './messages';

type Agreements = DashboardPartnersQuery['partnerAgreementCounts'];
type Outcomes = DashboardTalentBankQuery['talentBankOutcomes'];

/** 連携協定の締結状況: agreements in force on the date, by type, as a chart and the export's table. */
export function PartnersPanel({ counts, onAsOf }: { counts: Agreements; onAsOf: (asOf: string) => void }) {
  const rows: Cell[][] = [
    ...counts.byType.map((t): Cell[] => [t.typeLabel, t.count]),
    [text.partners.total, counts.total],
  ];
  const labels = counts.byType.map((t) => t.typeLabel);
  const values = counts.byType.map((t) => t.count);
  return (
    <section
      aria-labelledby="partners-heading"
      className="mb-6 rounded-16 bg-white p-6 shadow-sm print:hidden"
    >
      <h2 id="partners-heading" className="mb-2 text-xl font-bold">
        {text.partners.heading}（{text.partners.asOf(formatDate(counts.asOf))}）
      </h2>
      <AsOfForm asOf={counts.asOf} onAsOf={onAsOf} />
      <ExportLinks
        name={text.partners.tableName}
        href={(format) => exportHref('partner-agreements', format, { asOf: counts.asOf })}
      />
      <BarChart
        title={text.partners.chart}
        description={`${text.chartSummary.partners}${largestSentence(labels, values, (n) => `${n}件`)}`}
        categories={labels.map((label) => ({ label }))}
        series={[{ name: text.partners.columns[1], look: 'solid', values }]}
        table={(chartTitle) => (
          <FigureTable
            label={`${text.partners.tableName}（${chartTitle}）`}
            columns={text.partners.columns}
            rows={rows}
            totalRows={[rows.length - 1]}
          />
        )}
      />
    </section>
  );
}

/** The day the agreements are counted on, applied by 表示 (a day being typed leaves the figures as they are). */
function AsOfForm({ asOf, onAsOf }: { asOf: string; onAsOf: (asOf: string) => void }) {
  const [draft, setDraft] = useState<string | null>(asOf);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft) onAsOf(draft);
  }
  return (
    <Form onSubmit={submit} className="mb-3 flex flex-wrap items-end gap-4 print:hidden">
      <DatePicker
        id="partners-as-of"
        label={text.partners.asOfLabel}
        description={text.partners.asOfHint}
        value={draft}
        onChange={setDraft}
      />
      <Button type="submit" variant="secondary">
        {text.partners.show}
      </Button>
    </Form>
  );
}

function monthParts(yearMonth: string) {
  const [year, month] = yearMonth.split('-').map(Number);
  return { year, month, label: `${year}年${month}月` };
}

/** キャリア人材バンク: re-employments by month (chart and table) and by occupation group. */
export function TalentBankPanel({ outcomes, currentMonth }: { outcomes: Outcomes; currentMonth: string }) {
  const eraOf = (yearMonth: string) =>
    new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric' }).format(
      new Date(`${yearMonth}-15T12:00:00+09:00`),
    );
  const months: Cell[][] = outcomes.byMonth.map((m) => [
    monthParts(m.month).label,
    eraOf(m.month),
    m.month > currentMonth ? null : m.count,
    m.month > currentMonth ? text.talent.notYet : m.month === currentMonth ? text.talent.midMonth : '',
  ]);
  months.push([text.talent.total(outcomes.fiscalYear), '', outcomes.total, '']);
  const occupations: Cell[][] = outcomes.byOccupation.length
    ? outcomes.byOccupation.map((o) => [o.occupationCode, o.occupationName, o.count])
    : [[null, text.talent.none, null]];
  const types: Cell[][] = [
    ...outcomes.byEmploymentType.map((t): Cell[] => [t.label, t.count]),
    [text.talent.sum, outcomes.total],
  ];
  const labels = outcomes.byMonth.map((m) => `${monthParts(m.month).month}月`);
  const values = outcomes.byMonth.map((m) => (m.month > currentMonth ? null : m.count));
  return (
    <section aria-labelledby="talent-heading" className="mb-6 rounded-16 bg-white p-6 shadow-sm print:hidden">
      <h2 id="talent-heading" className="mb-2 text-xl font-bold">
        {text.talent.heading}
      </h2>
      <ExportLinks
        name={text.talent.tableName}
        href={(format) => exportHref('talent-bank-outcomes', format, { fiscalYear: outcomes.fiscalYear })}
      />
      <BarChart
        title={text.talent.byMonth}
        description={`${text.chartSummary.talent(text.fiscalYear(outcomes.fiscalYear))}${largestSentence(
          outcomes.byMonth.map((m) => monthParts(m.month).label),
          values,
          text.people,
        )}`}
        categories={outcomes.byMonth.map((m, i) => ({
          label: labels[i],
          gap: m.month > currentMonth ? text.talent.notYetShort : undefined,
        }))}
        series={[{ name: text.talent.monthColumns[2], look: 'solid', values }]}
        table={(chartTitle) => (
          <FigureTable
            label={`${text.talent.tableName}（${chartTitle}）`}
            columns={text.talent.monthColumns}
            rows={months}
            totalRows={[months.length - 1]}
          />
        )}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="talent-occupation" className="min-w-0">
          <h3 id="talent-occupation" className="mb-1 font-bold">
            {text.talent.byOccupation}
          </h3>
          <FigureTable
            label={text.talent.byOccupation}
            columns={text.talent.occupationColumns}
            rows={occupations}
          />
        </section>
        <section aria-labelledby="talent-employment" className="min-w-0">
          <h3 id="talent-employment" className="mb-1 font-bold">
            {text.talent.byEmploymentType}
          </h3>
          <FigureTable
            label={text.talent.byEmploymentType}
            columns={text.talent.employmentColumns}
            rows={types}
            totalRows={[types.length - 1]}
          />
        </section>
      </div>
    </section>
  );
}
