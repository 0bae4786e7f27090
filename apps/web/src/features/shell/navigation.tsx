import { Link } from '@tanstack/react-router';
import { shellMessages } from './messages';

const ITEMS = [
  { to: '/', label: shellMessages.nav.home },
  { to: '/companies', label: shellMessages.nav.companies },
  { to: '/offers/sending', label: shellMessages.nav.sendingOffers },
  { to: '/offers/receiving', label: shellMessages.nav.receivingOffers },
  { to: '/cases/board', label: shellMessages.nav.caseBoard },
  { to: '/tasks', label: shellMessages.nav.tasks },
  { to: '/notifications', label: shellMessages.nav.notifications },
  { to: '/account', label: shellMessages.nav.account },
] as const;

/** The main menu; the current page is marked for screen readers (aria-current) and by underline. */
export function Navigation() {
  return (
    <ul className="flex flex-wrap gap-1">
      {ITEMS.map((item) => (
        <li key={item.to}>
          <Link
            to={item.to}
            activeOptions={{ exact: item.to === '/' }}
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
