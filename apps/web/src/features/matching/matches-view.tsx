import { useMutation } from '@apollo/client/react';
import { EmptyState, PageHeader } from '@kakehashi/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type RefObject } from 'react';
import { usePageTitle } from '../../app/use-page-title';
import { RestoreMatchDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { DismissDialog } from './dismiss-dialog';
import { DismissedSection } from './dismissed-section';
import { MatchCard } from './match-card';
import { MatchFilters } from './match-filters';
import type { MatchSearch } from './match-search';
import {
  pairOf,
  type DismissedMatch,
  type MatchedOffer,
  type MatchSide,
  type RankedMatch,
} from './match-view';
import { matchingMessages as text } from './messages';
import { TakeUpDialog } from './take-up-dialog';

export interface MatchesViewProps {
  side: MatchSide;
  offerId: string;
  search: MatchSearch;
  onSearch: (search: MatchSearch) => void;
  /** Undefined while loading; null when the offer does not exist. */
  offer: MatchedOffer | null | undefined;
  matches: RankedMatch[] | undefined;
  indexed: number;
  dismissed: { items: DismissedMatch[]; totalCount: number } | undefined;
  /** Asks the API again for the ranking and the dismissals (after a decision). */
  refresh: () => Promise<void>;
}

type OpenDialog = { kind: 'dismiss' | 'takeUp'; match: RankedMatch } | null;

/**
 * Moves focus once React has drawn the change (the control that was used may be gone from the page). Two frames: a
 * closing dialog hands focus back to its opener in the frame after it unmounts, and this must come after that.
 */
function focusSoon(ref: RefObject<HTMLElement | null>): void {
  requestAnimationFrame(() => requestAnimationFrame(() => ref.current?.focus()));
}

/** The matches screen for either side: the offer, the filters, the ranked counterparts and the dismissed ones. */
export function MatchesView(props: MatchesViewProps) {
  const { side, offerId, offer, matches, dismissed, refresh } = props;
  usePageTitle(text.title);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState('');
  const [restoring, setRestoring] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const dismissedHeading = useRef<HTMLHeadingElement>(null);
  const [restoreMatch] = useMutation(RestoreMatchDocument);

  async function restore(
    counterpartId: string,
    company: string,
    key: string,
    after: RefObject<HTMLElement | null>,
  ) {
    setRestoring(key);
    setProblem('');
    try {
      await restoreMatch({ variables: { input: pairOf(side, offerId, counterpartId) } });
      await refresh();
      setAnnouncement(text.restore.done(company));
      focusSoon(after);
    } catch (error) {
      setProblem(apiErrorOf(error)?.message ?? text.restore.failed);
    } finally {
      setRestoring(null);
    }
  }

  if (offer === null) {
    return (
      <>
        <PageHeader title={text.title} />
        <EmptyState title={text.offer.notFound} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={text.title} lead={text.lead[side]} />
      <OfferSummary side={side} offer={offer} />
      <MatchFilters key={JSON.stringify(props.search)} search={props.search} onApply={props.onSearch} />
      <p
        role="status"
        className={announcement ? 'mb-4 rounded-8 border border-green-900 bg-green-50 p-3' : 'sr-only'}
      >
        {announcement}
      </p>
      <p role="alert" className={problem ? 'mb-4 rounded-8 border-2 border-error-1 bg-white p-3' : 'sr-only'}>
        {problem}
      </p>
      <section aria-labelledby="results-heading">
        <h2
          id="results-heading"
          ref={resultsHeading}
          tabIndex={-1}
          className="mb-2 text-xl font-bold outline-none"
        >
          {text.results.heading[side]}
        </h2>
        {!matches ? (
          <p role="status">{text.results.loading}</p>
        ) : matches.length ? (
          <>
            <p className="mb-4 text-solid-gray-700">{text.results.summary(matches.length, props.indexed)}</p>
            <ol className="flex flex-col gap-4">
              {matches.map((match) => (
                <MatchCard
                  key={match.counterpartId}
                  match={match}
                  onTakeUp={(chosen) => setDialog({ kind: 'takeUp', match: chosen })}
                  onDismiss={(chosen) => setDialog({ kind: 'dismiss', match: chosen })}
                  onRestore={(chosen) =>
                    void restore(chosen.counterpartId, chosen.company, chosen.counterpartId, resultsHeading)
                  }
                />
              ))}
            </ol>
          </>
        ) : (
          <EmptyState title={text.results.empty}>{text.results.emptyHint}</EmptyState>
        )}
      </section>
      {dismissed ? (
        <DismissedSection
          items={dismissed.items}
          totalCount={dismissed.totalCount}
          pendingId={restoring}
          headingRef={dismissedHeading}
          onRestore={(item) =>
            void restore(
              side === 'sending' ? item.receivingOfferId : item.sendingOfferId,
              item.counterpart.company.legalName,
              item.id,
              dismissedHeading,
            )
          }
        />
      ) : null}
      {dialog?.kind === 'dismiss' ? (
        <DismissDialog
          match={dialog.match}
          pair={pairOf(side, offerId, dialog.match.counterpartId)}
          onClose={() => setDialog(null)}
          onDismissed={async (match) => {
            await refresh();
            setDialog(null);
            setAnnouncement(text.dismiss.done(match.company));
            focusSoon(resultsHeading);
          }}
        />
      ) : null}
      {dialog?.kind === 'takeUp' && offer ? (
        <TakeUpDialog
          match={dialog.match}
          pair={pairOf(side, offerId, dialog.match.counterpartId)}
          most={Math.min(offer.remaining, dialog.match.remaining)}
          onClose={() => setDialog(null)}
          onTakenUp={refresh}
          onOpened={(caseId) => void navigate({ href: `/cases/${caseId}` })}
        />
      ) : null}
    </>
  );
}

function OfferSummary({ side, offer }: { side: MatchSide; offer: MatchedOffer | undefined }) {
  const words = text.offer;
  return (
    <section aria-labelledby="matched-offer-heading" className="mb-6 rounded-16 bg-white p-6 shadow-sm">
      <h2 id="matched-offer-heading" className="mb-4 text-xl font-bold">
        {words.heading[side]}
      </h2>
      {offer ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">{words.company}</dt>
          <dd>{offer.company}</dd>
          <dt className="font-bold">{words.jobTitle}</dt>
          <dd className="[word-break:auto-phrase]">{offer.jobTitle}</dd>
          <dt className="font-bold">{words.people}</dt>
          <dd>{offer.peopleText}</dd>
        </dl>
      ) : (
        <p role="status">{text.results.loading}</p>
      )}
    </section>
  );
}
