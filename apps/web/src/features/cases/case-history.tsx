import { formatDateTime } from '@kakehashi/web-ui';
import type { CaseDetailFragment, CaseHistoryEntryFragment } from '../../gql/graphql';
import { HistoryChange } from './history-change';
import { caseMessages } from './messages';

const text = caseMessages.history;

/** The changed fields worth a line: a stage move is already in the entry's title (次の段階へ（A → B）). */
function changesOf(entry: CaseHistoryEntryFragment) {
  return entry.changes.filter((change) => !(change.field === 'stage' && entry.toStage));
}

/** Who did what to the case and when, newest first, with each stage move, reason and changed field. */
export function CaseHistory({ kase }: { kase: CaseDetailFragment }) {
  const entries = [...kase.history].reverse();
  return (
    <section aria-labelledby="case-history-heading" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="case-history-heading" className="mb-4 text-xl font-bold">
        {text.heading}
      </h2>
      {entries.length ? (
        <ol className="flex flex-col gap-4 border-l-2 border-solid-gray-300 pl-4">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="font-bold">{entry.summary}</p>
              <p className="text-sm text-solid-gray-700">
                <time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt)}</time>・
                {text.by(entry.actorName)}
              </p>
              {entry.reason ? (
                <p className="mt-1">
                  <span className="font-bold">{text.reason}：</span>
                  {entry.reason}
                </p>
              ) : null}
              {changesOf(entry).length ? (
                <dl className="mt-1 text-sm">
                  {changesOf(entry).map((change) => (
                    <HistoryChange key={change.field} change={change} />
                  ))}
                </dl>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>{text.none}</p>
      )}
    </section>
  );
}
