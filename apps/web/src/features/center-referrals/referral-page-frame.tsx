import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeader } from '@kakehashi/web-ui';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import { CenterReferralDocument, type CenterReferralDetailFragment } from '../../gql/graphql';
import { apiErrorOf } from '../../shared/api-errors';
import { centerReferralMessages } from './messages';
import { useReferralReference, type ReferralReference } from './use-referral-reference';

const text = centerReferralMessages.detail;
const back =
  'inline-flex min-h-11 items-center text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow';

/**
 * Loads one referral for a Center page; a referral the caller may not see is "not found" like a missing one (the
 * API does not tell them apart). `children` draws the page (its header included) once it is there.
 */
export function ReferralPageFrame({
  referralId,
  backTo,
  children,
}: {
  referralId: string;
  backTo: '/inbox/referrals' | '/office/referrals';
  children: (referral: CenterReferralDetailFragment, reference: ReferralReference) => ReactNode;
}) {
  const { data, error } = useQuery(CenterReferralDocument, { variables: { id: referralId } });
  const reference = useReferralReference();
  const notFound = error && apiErrorOf(error)?.code === 'NOT_FOUND';
  if (error && !notFound) throw error;
  const backLink = (
    <Link to={backTo} className={back}>
      {backTo === '/inbox/referrals' ? text.backToInbox : text.backToOffice}
    </Link>
  );
  if (notFound) return <NotFound back={backLink} />;
  if (!data?.referral || !reference) return <p role="status">{messages.loading}</p>;
  return (
    <>
      <p className="mb-2">{backLink}</p>
      {children(data.referral, reference)}
    </>
  );
}

/** The referral page's heading and title (a conversion step's form has its own instead). */
export function ReferralHeader({ title }: { title: string }) {
  usePageTitle(title);
  return <PageHeader title={title} />;
}

function NotFound({ back: backLink }: { back: ReactNode }) {
  usePageTitle(text.notFound);
  return (
    <>
      <PageHeader title={text.notFound} />
      <EmptyState title={text.notFound}>
        <p>{text.notFoundHelp}</p>
        <p className="mt-2">{backLink}</p>
      </EmptyState>
    </>
  );
}
