import { useQuery } from '@apollo/client/react';
import { AppShell } from '@kakehashi/web-ui';
import { Link, Outlet } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import type { SessionUser } from '../../app/session';
import { PartnerShellDocument } from '../../gql/graphql';
import { useEnumLabel } from '../../shared/enum-labels';
import { NotificationBell } from '../shell/notification-bell';
import { shellMessages } from '../shell/messages';
import { SignOutButton } from '../shell/sign-out-button';
import { partnerMessages } from './messages';
import { PartnerNavigation } from './partner-navigation';

const text = partnerMessages.shell;

/**
 * The frame of the partner portal: the partner's institution and branch (or 本部) in the header, and only the
 * partner's menus. Chosen by the session's `refersCompanies`, so no Center menu is ever drawn for a partner.
 */
export function PartnerLayout({ me }: { me: SessionUser }) {
  const roleLabel = useEnumLabel('Role');
  const { data } = useQuery(PartnerShellDocument, { fetchPolicy: 'cache-first' });
  const institution = data?.myPartnerInstitution.name;
  const branch = data ? (data.me.partnerBranch?.name ?? text.headOffice) : null;
  return (
    <AppShell
      productName={
        <Link to="/" className="outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
          {messages.productName}
        </Link>
      }
      skipLinkLabel={shellMessages.skipToMain}
      navigationLabel={text.navigation}
      headerEnd={
        <>
          {institution ? (
            <span className="font-bold" data-testid="partner-affiliation">
              {institution}
              <span className="ml-1">{branch}</span>
            </span>
          ) : null}
          <span>
            {shellMessages.signedInAs(me.name)}
            <span className="ml-2 text-solid-gray-700">{roleLabel(me.role)}</span>
          </span>
          <NotificationBell href="/notifications" />
          <SignOutButton />
        </>
      }
      navigation={<PartnerNavigation forwardsReferrals={me.forwardsReferrals} />}
    >
      <Outlet />
    </AppShell>
  );
}
