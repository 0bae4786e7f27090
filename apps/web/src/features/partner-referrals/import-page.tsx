import { useQuery } from '@apollo/client/react';
import { EmptyState, formatCount, formatDateTime, PageHeader } from '@kakehashi/web-ui';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { messages } from '../../app/messages';
import { NotFoundPage } from '../../app/not-found-page';
import { usePageTitle } from '../../app/use-page-title';
import {
  ReferralImportDocument,
  ReferralImportReferralsDocument,
  type ReferralImportSummaryFragment,
} from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { useEnumLabel } from '../../shared/enum-labels';
import { ImportProgress } from './import-progress';
import { partnerReferralMessages } from './messages';
import { ReferralTable } from './referral-table';

const text = partnerReferralMessages.importPage;
/** How often a running import is asked for its progress. */
const POLL_MS = 1000;
const REFERRALS_SHOWN = 100;

/** One bulk upload (/referrals/imports/$importId): its progress while the job runs, then its result and referrals. */
export function ReferralImportPage() {
  const { importId } = useParams({ from: '/signed-in/referrals/imports/$importId' });
  const { again } = useSearch({ from: '/signed-in/referrals/imports/$importId' });
  const { data, error, startPolling, stopPolling } = useQuery(ReferralImportDocument, {
    variables: { id: importId },
    fetchPolicy: 'cache-and-network',
  });
  const record = data?.referralImport;
  const running = record ? record.status === 'QUEUED' || record.status === 'RUNNING' : false;
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [running, startPolling, stopPolling]);
  usePageTitle(record ? text.title(record.fileName) : messages.loading);
  if (error) {
    // Another institution's import, or a branch account (uploads are the head office's): no such page for them.
    const code = apiErrorOf(error)?.code;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return <NotFoundPage />;
    throw error;
  }
  if (!record) return <p role="status">{messages.loading}</p>;
  return (
    <>
      <PageHeader
        title={text.title(record.fileName)}
        actions={
          <Link
            to="/referrals/imports"
            className="inline-flex min-h-11 items-center rounded-8 border border-blue-900 bg-white px-4 py-2 font-bold text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
          >
            {text.back}
          </Link>
        }
      />
      {again ? (
        <div role="status" className="mb-6 rounded-8 border-2 border-blue-900 bg-blue-50 p-4 font-bold">
          {text.alreadyImported}
        </div>
      ) : null}
      <ImportState record={record} />
      <ImportDetails record={record} />
      {record.status === 'COMPLETED' ? <ImportedReferrals importId={record.id} /> : null}
    </>
  );
}

function ImportState({ record }: { record: ReferralImportSummaryFragment }) {
  if (record.status === 'FAILED') {
    return (
      <div role="alert" className="mb-6 rounded-8 border-2 border-error-1 bg-white p-4">
        <p className="font-bold text-error-2">{text.failedTitle}</p>
        {record.failureMessage ? <p className="mt-1">{record.failureMessage}</p> : null}
      </div>
    );
  }
  const done = record.status === 'COMPLETED';
  // The job reports its steps (checked, each chunk of rows written, duplicates flagged) as 0..100.
  return (
    <section aria-label={text.progress} className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <ImportProgress
        label={text.progress}
        value={record.progress}
        max={100}
        valueText={text.progressValue(record.progress, record.rowCount)}
      />
      <p role="status" className="mt-3 font-bold">
        {done
          ? text.completed(record.importedCount)
          : record.status === 'QUEUED'
            ? text.waiting
            : text.running}
      </p>
    </section>
  );
}

function ImportDetails({ record }: { record: ReferralImportSummaryFragment }) {
  const statusLabel = useEnumLabel('ReferralImportStatus');
  const formatLabel = useEnumLabel('ReferralFileFormat');
  const items: [string, string][] = [
    [text.fileName, record.fileName],
    [text.format, formatLabel(record.format)],
    [text.status, statusLabel(record.status)],
    [text.rowCount, formatCount(record.rowCount, '行')],
    [text.uploadedAt, formatDateTime(record.createdAt)],
    [text.completedAt, record.completedAt ? formatDateTime(record.completedAt) : text.none],
  ];
  return (
    <section aria-labelledby="import-details" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="import-details" className="mb-4 text-xl font-bold">
        {text.details}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {items.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-bold">{term}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ImportedReferrals({ importId }: { importId: string }) {
  const { data, error } = useQuery(ReferralImportReferralsDocument, {
    variables: { importId, first: REFERRALS_SHOWN },
  });
  if (error) throw error;
  const rows = [...(data?.referrals.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => (a.importRowNumber ?? 0) - (b.importRowNumber ?? 0),
  );
  return (
    <section aria-labelledby="import-referrals" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="import-referrals" className="mb-4 text-xl font-bold">
        {text.referralsTitle}
      </h2>
      {!data ? <p role="status">{messages.loading}</p> : null}
      {data && !rows.length ? <EmptyState title={text.none} /> : null}
      {rows.length ? <ReferralTable rows={rows} label={text.referralsTableLabel} rowNumbers /> : null}
      {data && data.referrals.totalCount > rows.length ? (
        <p className="mt-3">{text.more(rows.length, data.referrals.totalCount)}</p>
      ) : null}
    </section>
  );
}
