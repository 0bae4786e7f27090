import { useQuery } from '@apollo/client/react';
import { Button, PageHeader, Select, formatDate } from '@kakehashi/web-ui';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { EvaluationSheetDocument, type EvaluationMoment, type SheetDetailFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { sheetMessages } from './messages';
import { PrintHeader, PrintOjt } from './print-header';
import { PrintSection } from './print-sections';
import { currentMoment, MOMENTS } from './sheet-view';
import './sheet-print.css';

const text = sheetMessages.print;

/** The sheet in the official layout (様式4 / 様式3-3-1-1) for one moment's ratings, ready for 印刷. */
export function EvaluationSheetPrintPage() {
  const { sheetId } = useParams({ from: '/signed-in/jobcard/sheets/$sheetId/print' });
  const search = useSearch({ from: '/signed-in/jobcard/sheets/$sheetId/print' });
  const { data, error } = useQuery(EvaluationSheetDocument, { variables: { id: sheetId } });
  usePageTitle(text.title);
  // While this page is shown, printing leaves out the app's header and navigation (sheet-print.css).
  useEffect(() => {
    document.body.classList.add('sheet-print');
    return () => document.body.classList.remove('sheet-print');
  }, []);
  const sheet = data?.evaluationSheet;
  if (!sheet) {
    const refused = error ? apiErrorOf(error) : null;
    if (error && !refused?.code) throw error;
    return refused ? (
      <p role="alert">{refused.message}</p>
    ) : (
      <p role="status">{sheetMessages.sheet.loading}</p>
    );
  }
  const moment = search.moment ?? currentMoment(sheet.evaluations) ?? 'FINAL';
  return (
    <>
      <PrintControls sheet={sheet} moment={moment} />
      <PrintedSheet sheet={sheet} moment={moment} />
    </>
  );
}

function PrintControls({ sheet, moment }: { sheet: SheetDetailFragment; moment: EvaluationMoment }) {
  const navigate = useNavigate({ from: '/jobcard/sheets/$sheetId/print' });
  const label = useEnumLabel('EvaluationMoment');
  return (
    <div className="mb-6 flex flex-col gap-4 print:hidden">
      <PageHeader title={text.title} lead={text.help} />
      <div className="flex flex-wrap items-end gap-4">
        <Select
          label={text.moment}
          options={MOMENTS.map((m) => ({ value: m, label: label(m) }))}
          value={moment}
          onChange={(value) =>
            void navigate({ search: { moment: (value ?? undefined) as EvaluationMoment | undefined } })
          }
        />
        <Button onPress={() => window.print()}>{text.print}</Button>
        <Link
          to="/jobcard/sheets/$sheetId"
          params={{ sheetId: sheet.id }}
          className="min-h-11 py-2 text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
        >
          {text.back}
        </Link>
      </div>
    </div>
  );
}

function PrintedSheet({ sheet, moment }: { sheet: SheetDetailFragment; moment: EvaluationMoment }) {
  const label = useEnumLabel('EvaluationMoment');
  const evaluation = sheet.evaluations.find((each) => each.moment === moment);
  const ratings = new Map(evaluation?.ratings.map((rating) => [rating.key, rating]));
  const date = sheet.header.issuedOn ?? evaluation?.date ?? null;
  return (
    <article
      aria-label={sheet.printTitle}
      className="mx-auto w-full max-w-[210mm] bg-white p-6 text-black shadow-sm print:max-w-none print:p-0 print:shadow-none"
    >
      <p className="text-right text-[9pt]">{sheet.printAlias}</p>
      <h2 className="text-center text-[14pt] font-bold">{sheet.printTitle}</h2>
      <p className="text-center text-[10pt]">（{label(moment)}）</p>
      <PrintHeader sheet={sheet} date={date ? formatDate(date) : ''} />
      <PrintOjt sheet={sheet} />
      <PrintSection section={sheet.section2} ratings={ratings} comment={sheet.comments.section2} />
      <PrintSection section={sheet.section3Basic} ratings={ratings} comment={sheet.comments.section3Basic} />
      <PrintSection
        section={sheet.section3Special}
        ratings={ratings}
        comment={sheet.comments.section3Special}
      />
    </article>
  );
}
