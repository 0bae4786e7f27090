import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CenterReferralsDocument, type CenterReferralRowFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { BulkReview, ReviewSummary, type Picked, type ReviewResult } from './bulk-review';
import { centerReferralMessages } from './messages';
import { ReferralFilters } from './referral-filters';
import { REFERRALS_PER_PAGE, referralFilterOf, referralPageOf } from './referral-search';
import { ReferralResults, type Selection } from './referral-table';
import { useReferralReference } from './use-referral-reference';

const text = centerReferralMessages.inbox;

/**
 * Headquarters' referral inbox: the forwarded referrals with their filters in the URL, duplicates flagged, and
 * accept / return / assign on a selection or on everything the filter matches, with a summary of what was done.
 */
export function ReferralInboxPage() {
  usePageTitle(text.title);
  const search = useSearch({ from: '/signed-in/inbox/referrals' });
  const navigate = useNavigate();
  const offices = useReferralReference()?.offices;
  const filter = referralFilterOf(search);
  const { data, error, previousData } = useQuery(CenterReferralsDocument, {
    variables: { filter, first: REFERRALS_PER_PAGE, after: referralPageOf(search).afterCursor },
  });
  const [picked, setPicked] = useState<ReadonlyMap<string, Picked>>(new Map());
  const [summary, setSummary] = useState<ReviewResult | null>(null);
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);

  const pick = (rows: CenterReferralRowFragment[], selected: boolean) =>
    setPicked((current) => {
      const next = new Map(current);
      for (const row of rows) {
        if (selected) next.set(row.id, { id: row.id, version: row.version, clientName: row.clientName });
        else next.delete(row.id);
      }
      return next;
    });
  const selection: Selection = {
    ids: new Set(picked.keys()),
    toggle: (row, selected) => pick([row], selected),
    togglePage: pick,
  };

  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <ReferralFilters
        key={JSON.stringify(filter)}
        search={search}
        to="/inbox/referrals"
        failure={failure}
        onSearch={(next) => {
          setPicked(new Map());
          void navigate({ to: '/inbox/referrals', search: next });
        }}
      />
      {summary ? <ReviewSummary result={summary} onClose={() => setSummary(null)} /> : null}
      {shown && offices && !failure ? (
        <>
          <BulkReview
            picked={[...picked.values()]}
            filter={filter}
            matching={shown.referrals.totalCount}
            offices={offices}
            onDone={(result) => {
              setPicked(new Map());
              setSummary(result);
            }}
          />
          <ReferralResults
            data={shown}
            search={search}
            to="/inbox/referrals"
            detail="/inbox/referrals/$referralId"
            selection={selection}
          />
        </>
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}
