import { useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CenterReferralsDocument } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { centerReferralMessages } from './messages';
import { ReferralFilters } from './referral-filters';
import { REFERRALS_PER_PAGE, referralFilterOf, referralPageOf } from './referral-search';
import { ReferralResults } from './referral-table';
import { useReferralReference } from './use-referral-reference';

const text = centerReferralMessages.office;

/**
 * The referrals assigned to the consultant's office (the API shows a consultant no other); headquarters sees every
 * office's assigned referrals, or chooses one. Filters and page are in the URL.
 */
export function OfficeReferralsPage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  const search = useSearch({ from: '/signed-in/office/referrals' });
  const navigate = useNavigate();
  const reference = useReferralReference();
  // The offices' list: only referrals headquarters has assigned (the inbox holds the others).
  const filter = { ...referralFilterOf(search), assignedToAnOffice: true };
  const { data, error, previousData } = useQuery(CenterReferralsDocument, {
    variables: { filter, first: REFERRALS_PER_PAGE, after: referralPageOf(search).afterCursor },
  });
  const failure = error ? apiErrorOf(error) : null;
  if (error && !failure?.fields.length) throw error;
  const shown = data ?? (error ? undefined : previousData);
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      {reference ? (
        <ReferralFilters
          key={JSON.stringify(filter)}
          search={search}
          to="/office/referrals"
          // Headquarters reviews every office's referrals and picks one; a consultant sees its own office's.
          offices={me.reviewsReferrals ? reference.offices : undefined}
          failure={failure}
          onSearch={(next) => void navigate({ to: '/office/referrals', search: next })}
        />
      ) : null}
      {shown && !failure ? (
        <ReferralResults
          data={shown}
          search={search}
          to="/office/referrals"
          detail="/office/referrals/$referralId"
        />
      ) : !failure ? (
        <p role="status">{messages.loading}</p>
      ) : null}
    </>
  );
}
