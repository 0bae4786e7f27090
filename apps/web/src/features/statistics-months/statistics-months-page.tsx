import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Dialog, ErrorSummary, PageHeader, ScrollRegion } from '@kakehashi/web-ui';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  CloseStatisticsMonthDocument,
  StatisticsMonthsDocument,
  type StatisticsMonthsQuery,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { monthsMessages as text } from './messages';
import { currentFiscalYear } from './months-search';

type Month = StatisticsMonthsQuery['monthlyStatistics']['months'][number];

const linkClass =
  'inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow';

/** Headquarters closes months for the statistics and sees which months are still preliminary (速報値). */
export function StatisticsMonthsPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/statistics/months' });
  const fy = search.fy ?? currentFiscalYear();
  const { data, previousData, error } = useQuery(StatisticsMonthsDocument, { variables: { fiscalYear: fy } });
  const [closing, setClosing] = useState<Month | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure) throw error;
  const shown = data ?? (error ? undefined : previousData);

  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <p className="mb-4 text-sm [word-break:auto-phrase]">{text.preliminaryMeaning}</p>
      <nav aria-label={text.yearNav} className="mb-4 flex flex-wrap items-center gap-2">
        <Link to="/statistics/months" search={{ fy: fy - 1 }} className={linkClass}>
          {text.previousYear}
        </Link>
        <Link to="/statistics/months" search={{ fy: fy + 1 }} className={linkClass}>
          {text.nextYear}
        </Link>
      </nav>
      <p role="status" className={notice ? 'mb-4 font-bold text-green-1100' : 'sr-only'}>
        {notice ?? ''}
      </p>
      <section aria-labelledby="months-heading" className="rounded-16 bg-white p-6 shadow-sm">
        <h2 id="months-heading" className="mb-4 text-xl font-bold">
          {text.fiscalYear(fy)}
        </h2>
        {failure ? (
          <ErrorSummary
            title={text.dialog.failed}
            problems={[{ message: failure.message ?? text.dialog.failed }]}
          />
        ) : shown ? (
          <MonthsTable fy={fy} months={shown.monthlyStatistics.months} onClose={setClosing} />
        ) : (
          <p role="status">{messages.loading}</p>
        )}
      </section>
      {closing ? (
        <CloseMonthDialog
          month={closing}
          onClose={() => setClosing(null)}
          onDone={(label) => {
            setClosing(null);
            setNotice(text.done(label));
          }}
        />
      ) : null}
    </>
  );
}

function MonthsTable({
  fy,
  months,
  onClose,
}: {
  fy: number;
  months: Month[];
  onClose: (month: Month) => void;
}) {
  const sourceLabel = useEnumLabel('StatisticsSource');
  const th = 'border-b-2 border-solid-gray-600 px-3 py-2 text-left font-bold whitespace-nowrap';
  const td = 'border-b border-solid-gray-300 px-3 py-2 align-top';
  const c = text.columns;
  return (
    <ScrollRegion label={text.tableLabel(fy)}>
      <table className="w-full min-w-[40rem] border-collapse">
        <thead>
          <tr>
            {[c.month, c.state, c.source, c.receiving, c.sending, c.established, c.actions].map((label) => (
              <th key={label} scope="col" className={th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.yearMonth}>
              <th scope="row" className={`${td} text-left font-bold`}>
                {month.label}
              </th>
              <td className={td}>
                {month.closed ? (
                  <Badge tone="success">{text.closed}</Badge>
                ) : month.preliminary ? (
                  <Badge tone="warning">{text.preliminary}</Badge>
                ) : (
                  <Badge>{text.final}</Badge>
                )}
              </td>
              <td className={td}>{sourceLabel(month.source)}</td>
              <td className={`${td} tabular-nums`}>{text.people(month.receiving)}</td>
              <td className={`${td} tabular-nums`}>{text.people(month.sending)}</td>
              <td className={`${td} tabular-nums`}>{text.people(month.establishedTotal)}</td>
              <td className={td}>
                {month.closable ? (
                  <Button
                    variant="secondary"
                    aria-label={text.closeFor(month.label)}
                    onPress={() => onClose(month)}
                  >
                    {text.close}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function CloseMonthDialog({
  month,
  onClose,
  onDone,
}: {
  month: Month;
  onClose: () => void;
  onDone: (label: string) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [close, { loading }] = useMutation(CloseStatisticsMonthDocument, {
    refetchQueries: [StatisticsMonthsDocument],
    awaitRefetchQueries: true,
  });

  async function submit() {
    if (loading) return;
    try {
      await close({ variables: { yearMonth: month.yearMonth } });
      onDone(month.label);
    } catch (error) {
      const info = apiErrorOf(error);
      if (!info) throw error;
      setProblem(info.fields[0]?.message ?? info.message ?? text.dialog.failed);
    }
  }

  return (
    <Dialog
      title={text.dialog.title(month.label)}
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
    >
      <p className="mb-4 [word-break:auto-phrase]">{text.dialog.body(month.label)}</p>
      <ErrorSummary title={text.dialog.failed} problems={problem ? [{ message: problem }] : []} />
      <p role="status" className={loading ? 'text-sm text-solid-gray-700' : 'sr-only'}>
        {loading ? text.dialog.busy : ''}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button onPress={() => void submit()}>{text.dialog.submit}</Button>
        <Button variant="secondary" onPress={onClose}>
          {text.dialog.cancel}
        </Button>
      </div>
    </Dialog>
  );
}
