import { Link, type LinkProps } from '@tanstack/react-router';
import { partnerMessages } from './messages';

const nav = partnerMessages.shell.nav;

/** Who sees an item: every partner user, or those the API says forward referrals (the head office). */
type Audience = 'partner' | 'forwarder';

// Only the partner's own screens: no item leads to the Center's data. The list and the bulk upload are built by the
// head-office part of the portal (paths fixed in advance), hence the typed cast for paths not registered here yet.
const ITEMS: { to: string; label: string; audience: Audience }[] = [
  { to: '/', label: nav.home, audience: 'partner' },
  { to: '/referrals/new', label: nav.refer, audience: 'partner' },
  { to: '/referrals', label: nav.referrals, audience: 'partner' },
  { to: '/referrals/imports', label: nav.imports, audience: 'forwarder' },
  { to: '/account', label: nav.account, audience: 'partner' },
];

/** The partner portal's menu, from the API's `me.forwardsReferrals`; the current page is marked (aria-current). */
export function PartnerNavigation({ forwardsReferrals }: { forwardsReferrals: boolean }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {ITEMS.filter((item) => item.audience === 'partner' || forwardsReferrals).map((item) => (
        <li key={item.to}>
          <Link
            to={item.to as LinkProps['to']}
            activeOptions={{ exact: true }}
            className="inline-block min-h-11 px-3 py-2 text-blue-900 outline-none hover:bg-blue-50 focus-visible:ring-4 focus-visible:ring-focus-yellow"
            activeProps={{ className: 'font-bold underline underline-offset-8', 'aria-current': 'page' }}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
