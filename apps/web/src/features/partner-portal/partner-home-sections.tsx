import { Badge, EmptyState, formatDateTime } from '@kakehashi/web-ui';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PartnerHomeQuery } from '../../gql/graphql';
import { partnerMessages } from './messages';

const text = partnerMessages.home;

/** The referral list (the head-office part of the portal) filtered by one status, as its `status` search param. */
const REFERRAL_LIST = '/referrals' as LinkProps['to'];

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-16 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** Every status with its count, each leading to the list of that status. */
export function ReferralCountsSection({
  counts,
  scope,
}: {
  counts: PartnerHomeQuery['referralStatusCounts'];
  scope: string;
}) {
  const total = counts.reduce((sum, each) => sum + each.count, 0);
  return (
    <Section id="partner-home-counts" heading={text.counts.heading(scope)}>
      <p className="mb-2">{text.counts.total(total)}</p>
      <ul className="flex flex-col">
        {counts.map((each) => (
          <li key={each.status} className="border-b border-solid-gray-300">
            <Link
              to={REFERRAL_LIST}
              search={{ status: each.status } as never}
              className="flex min-h-11 items-center justify-between gap-4 px-1 py-1 text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
            >
              <span>{each.statusLabel}</span>
              <span className="font-bold underline underline-offset-4">{text.counts.count(each.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The status changes by others since the last visit, newest first, each leading to its referral. */
export function ReferralChangesSection({ changes }: { changes: PartnerHomeQuery['referralChanges'] }) {
  return (
    <Section id="partner-home-changes" heading={text.changes.heading}>
      <p className="mb-2 text-solid-gray-700">
        {changes.since ? text.changes.since(formatDateTime(changes.since)) : text.changes.firstTime}
      </p>
      {changes.changes.length ? (
        <>
          <ul className="flex flex-col gap-2">
            {changes.changes.map(({ referral, event }) => (
              <li key={event.id} className="rounded-8 border border-solid-gray-300 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone="info">{event.toStatusLabel}</Badge>
                  <Link
                    to="/referrals/$referralId"
                    params={{ referralId: referral.id }}
                    className="break-all font-bold text-blue-900 underline underline-offset-4 outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow"
                  >
                    {referral.clientName}
                  </Link>
                </p>
                <p className="text-sm text-solid-gray-700">
                  {formatDateTime(event.occurredAt)}・{text.changes.by(event.actorName)}
                </p>
                {event.reason ? (
                  <p className="mt-1 break-words">{text.changes.reason(event.reason)}</p>
                ) : null}
              </li>
            ))}
          </ul>
          {changes.totalCount > changes.changes.length ? (
            <p className="mt-2 text-sm">{text.changes.more(changes.changes.length, changes.totalCount)}</p>
          ) : null}
        </>
      ) : (
        <EmptyState title={text.changes.none} />
      )}
    </Section>
  );
}
