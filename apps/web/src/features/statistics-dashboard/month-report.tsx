import type { DashboardMonthlyQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { dashboardMessages as text } from './messages';

type Monthly = DashboardMonthlyQuery['monthlyStatistics'];
type Month = Monthly['months'][number];

/** The month a report is about: the latest ended month with figures, else the latest with figures. */
export function reportMonth(months: Month[], currentMonth: string): Month | null {
  const withFigures = months.filter((m) => m.state === 'LIVE' || m.state === 'PUBLISHED');
  const ended = withFigures.filter((m) => m.yearMonth < currentMonth);
  return ended[ended.length - 1] ?? withFigures[withFigures.length - 1] ?? null;
}

/**
 * 月報: the figures of the report's month with the same month a year earlier, first on the page and first on paper
 * (with the title, scope and when it was made, which only the printed page shows).
 */
export function MonthReport({
  data,
  currentMonth,
  createdAt,
}: {
  data: Monthly;
  currentMonth: string;
  createdAt: string;
}) {
  const stateLabel = useEnumLabel('StatisticsMonthState');
  const month = reportMonth(data.months, currentMonth);
  const fy = text.fiscalYear(data.fiscalYear);
  const r = text.report;
  return (
    <section
      aria-labelledby="report-heading"
      className="mb-6 rounded-16 bg-white p-6 shadow-sm print:shadow-none"
    >
      <p className="hidden text-xl font-bold print:block">{text.printTitle(fy, data.scope.label)}</p>
      <p className="hidden text-sm print:block">{r.createdAt(createdAt)}</p>
      <h2 id="report-heading" className="mb-2 text-xl font-bold">
        {month ? r.heading(month.label, month.eraLabel) : r.headingNone}
      </h2>
      {month ? (
        <>
          <p className="mb-2 text-sm">
            {r.scopeLine(data.scope.label, stateLabel(month.state))}
            {month.preliminary ? `・${text.preliminary}` : ''}
          </p>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {[
              [r.receiving, month.receiving, month.previousYear.receiving],
              [r.sending, month.sending, month.previousYear.sending],
              [r.secondment, month.establishedSecondment, month.previousYear.establishedSecondment],
              [r.transfer, month.establishedTransfer, month.previousYear.establishedTransfer],
              [r.total, month.establishedTotal, month.previousYear.establishedTotal],
            ].map(([label, value, previous]) => (
              <div key={String(label)} className="rounded-8 border border-solid-gray-420 p-3">
                <dt className="text-sm">{label}</dt>
                <dd className="text-2xl font-bold tabular-nums">
                  {text.peopleOrDash(value as number | null)}
                </dd>
                <dd className="text-sm">{r.previous(text.peopleOrDash(previous as number | null))}</dd>
              </div>
            ))}
          </dl>
          {month.note ? <p className="mt-2 text-sm">{month.note}</p> : null}
        </>
      ) : (
        <p>{r.none}</p>
      )}
    </section>
  );
}
