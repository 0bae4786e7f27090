import { AppShell } from '@kakehashi/web-ui';
import { Link, Outlet, useRouteContext } from '@tanstack/react-router';
import { messages } from '../../app/messages';
import { useEnumLabel } from '../../shared/enum-labels';
import { shellMessages } from './messages';
import { Navigation } from './navigation';
import { NotificationBell } from './notification-bell';
import { SignOutButton } from './sign-out-button';

/** The frame of every page behind sign-in. */
export function SignedInLayout() {
  const { me } = useRouteContext({ from: '/signed-in' });
  const roleLabel = useEnumLabel('Role');
  return (
    <AppShell
      productName={
        <Link to="/" className="outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow">
          {messages.productName}
        </Link>
      }
      skipLinkLabel={shellMessages.skipToMain}
      navigationLabel={shellMessages.navigation}
      headerEnd={
        <>
          <span>
            {shellMessages.signedInAs(me.name)}
            <span className="ml-2 text-solid-gray-700">
              {me.office ? `${me.office.nameJa}・` : ''}
              {roleLabel(me.role)}
            </span>
          </span>
          <NotificationBell href="/notifications" />
          <SignOutButton />
        </>
      }
      navigation={
        <Navigation
          worksCases={me.worksCases}
          runsAssignment={me.runsAssignment}
          closesStatisticsMonths={me.closesStatisticsMonths}
        />
      }
    >
      <Outlet />
    </AppShell>
  );
}
