import { useQuery } from '@apollo/client/react';
import { PageHeader, Tabs, formatDate } from '@kakehashi/web-ui';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { EvaluationSheetDocument, type SheetDetailFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { ConflictPanel } from '../../shared/conflict-panel';
import { EvaluationProgress } from './evaluation-progress';
import { sheetMessages } from './messages';
import { RatingForm } from './rating-form';
import { SheetEditor } from './sheet-editor';
import { SheetFacts } from './sheet-facts';
import { SheetFindings } from './sheet-findings';
import { SheetPageProvider } from './sheet-context';
import { currentMoment } from './sheet-view';

const text = sheetMessages;

/** One evaluation sheet: where it stands, the current moment's ratings, and the sheet's content. */
export function EvaluationSheetPage() {
  const { sheetId } = useParams({ from: '/signed-in/jobcard/sheets/$sheetId' });
  const { data, error, refetch } = useQuery(EvaluationSheetDocument, { variables: { id: sheetId } });
  const sheet = data?.evaluationSheet;
  usePageTitle(sheet ? text.sheet.title(sheet.header.traineeName) : text.sheet.loading);
  if (!sheet) {
    const refused = error ? apiErrorOf(error) : null;
    if (error && !refused?.code) throw error;
    return refused ? (
      <>
        <PageHeader title={text.sheet.notFound} />
        <p role="alert">{refused.message}</p>
      </>
    ) : (
      <p role="status">{text.sheet.loading}</p>
    );
  }
  return (
    <SheetView
      sheet={sheet}
      reload={async () => {
        await refetch();
      }}
    />
  );
}

function SheetView({ sheet, reload }: { sheet: SheetDetailFragment; reload: () => Promise<void> }) {
  const { tab = 'evaluation' } = useSearch({ from: '/signed-in/jobcard/sheets/$sheetId' });
  const navigate = useNavigate({ from: '/jobcard/sheets/$sheetId' });
  const [announcement, setAnnouncement] = useState('');
  const [conflicted, setConflicted] = useState(false);
  // Each save answers with a new version; the forms start again from what was saved (or reloaded after a conflict).
  const [generation, setGeneration] = useState(0);
  const locked = Boolean(sheet.issuedOn);
  const moment = currentMoment(sheet.evaluations) ?? 'FINAL';
  const period = text.sheet.period(formatDate(sheet.periodStart), formatDate(sheet.periodEnd));
  const tabs = [
    { id: 'evaluation', label: text.sheet.tabs.evaluation },
    { id: 'content', label: text.sheet.tabs.content },
  ];
  const value = { sheet, locked, announce: setAnnouncement, conflict: () => setConflicted(true) };
  return (
    <SheetPageProvider value={value}>
      <PageHeader
        title={text.sheet.title(sheet.header.traineeName)}
        lead={text.sheet.lead(sheet.duty, period)}
      />
      <div className="flex flex-col gap-6">
        <p role="status" className="font-bold text-green-1100 empty:hidden">
          {announcement}
        </p>
        {conflicted ? (
          <ConflictPanel
            id="sheet-conflict"
            placement="page"
            text={text.conflict}
            differences={[]}
            labels={{}}
            onReapply={() => {
              void reload().then(() => {
                setConflicted(false);
                setGeneration((g) => g + 1);
              });
            }}
            onDiscard={() => setConflicted(false)}
          />
        ) : null}
        {locked ? <p className="font-bold">{text.sheet.readOnly}</p> : null}
        <SheetFacts />
        <EvaluationProgress />
        <SheetFindings findings={sheet.findings} />
        <Tabs
          label={text.sheet.tabs.label}
          tabs={tabs}
          selectedId={tab}
          onSelect={(id) => void navigate({ search: { tab: id === 'content' ? 'content' : undefined } })}
        >
          <div
            key={`${generation}-${sheet.version}`}
            // The content tab's parts are panels of their own; the ratings sit on one panel.
            className={tab === 'content' ? 'mt-4' : 'mt-4 rounded-16 bg-white p-6 shadow-sm'}
          >
            {tab === 'content' ? <SheetEditor /> : <RatingForm moment={moment} />}
          </div>
        </Tabs>
      </div>
    </SheetPageProvider>
  );
}
