import { useMutation, useQuery } from '@apollo/client/react';
import { PageHeader } from '@kakehashi/web-ui';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useEffect } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  MarkReferralChangesSeenDocument,
  PartnerHomeDocument,
  PartnerShellDocument,
} from '../../gql/graphql';
import { partnerMessages } from './messages';
import { ReferralChangesSection, ReferralCountsSection } from './partner-home-sections';
import { linkButtonClass } from './partner-ui';

const text = partnerMessages.home;

/**
 * A partner's home: the referrals they may see (their branch's, or the whole institution's for the head office)
 * by status with counts, and what changed since they last looked; once shown, those changes count as seen.
 */
export function PartnerHomePage() {
  usePageTitle(text.title);
  const { me } = useRouteContext({ from: '/signed-in' });
  // Read afresh on every visit: the changes are "since the last visit", which this visit moves on.
  const { data, error } = useQuery(PartnerHomeDocument, { fetchPolicy: 'network-only' });
  const shell = useQuery(PartnerShellDocument, { fetchPolicy: 'cache-first' }).data;
  const [markSeen] = useMutation(MarkReferralChangesSeenDocument);
  const asOf = data?.referralChanges.asOf;
  useEffect(() => {
    if (asOf) void markSeen({ variables: { seenAt: asOf } }).catch(() => undefined);
  }, [asOf, markSeen]);
  if (error && !data) throw error;
  const scope = shell ? (shell.me.partnerBranch?.name ?? shell.myPartnerInstitution.name) : '';
  return (
    <>
      <PageHeader
        title={text.title}
        lead={text.lead(me.name)}
        actions={
          <Link to="/referrals/new" className={linkButtonClass('primary')}>
            {text.refer}
          </Link>
        }
      />
      {!data ? (
        <p role="status">{messages.loading}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <ReferralCountsSection counts={data.referralStatusCounts} scope={scope} />
          <ReferralChangesSection changes={data.referralChanges} />
        </div>
      )}
    </>
  );
}
