import { Link } from '@tanstack/react-router';
import { shellMessages } from './messages';

/** What the API says the user does (fields of `me`); each menu item needs the one it names, if any. */
export interface NavigationFlags {
  worksCases: boolean;
  runsAssignment: boolean;
  closesStatisticsMonths: boolean;
}

type Flag = keyof NavigationFlags;

// `caseWork`: shown to users the API says work cases (`me.worksCases`); the API refuses the others anyway.
const ITEMS: readonly { to: string; label: string; caseWork: boolean; flag?: Flag }[] = [
  { to: '/', label: shellMessages.nav.home, caseWork: false },
  { to: '/companies', label: shellMessages.nav.companies, caseWork: true },
  { to: '/offers/sending', label: shellMessages.nav.sendingOffers, caseWork: true },
  { to: '/offers/receiving', label: shellMessages.nav.receivingOffers, caseWork: true },
  { to: '/cases/board', label: shellMessages.nav.caseBoard, caseWork: true },
  { to: '/tasks', label: shellMessages.nav.tasks, caseWork: true },
  // Headquarters console (hq-assignment).
  { to: '/assignment', label: shellMessages.nav.assignment, caseWork: false, flag: 'runsAssignment' },
  {
    to: '/statistics/months',
    label: shellMessages.nav.statisticsMonths,
    caseWork: false,
    flag: 'closesStatisticsMonths',
  },
  { to: '/notifications', label: shellMessages.nav.notifications, caseWork: false },
  { to: '/account', label: shellMessages.nav.account, caseWork: false },
];

/** The main menu; the current page is marked for screen readers (aria-current) and by underline. */
export function Navigation(flags: NavigationFlags) {
  const shown = ITEMS.filter(
    (item) => (flags.worksCases || !item.caseWork) && (!item.flag || flags[item.flag]),
  );
  return (
    <ul className="flex flex-wrap gap-1">
      {shown.map((item) => (
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
