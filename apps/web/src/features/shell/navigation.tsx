import { Link } from '@tanstack/react-router';
import { shellMessages } from './messages';

// `caseWork`: shown to users the API says work cases (`me.worksCases`); the API refuses the others anyway.
const ITEMS = [
  { to: '/', label: shellMessages.nav.home, caseWork: false },
  { to: '/companies', label: shellMessages.nav.companies, caseWork: true },
  { to: '/offers/sending', label: shellMessages.nav.sendingOffers, caseWork: true },
  { to: '/offers/receiving', label: shellMessages.nav.receivingOffers, caseWork: true },
  { to: '/cases/board', label: shellMessages.nav.caseBoard, caseWork: true },
  { to: '/tasks', label: shellMessages.nav.tasks, caseWork: true },
  { to: '/notifications', label: shellMessages.nav.notifications, caseWork: false },
  { to: '/account', label: shellMessages.nav.account, caseWork: false },
] as const;

// Headquarters console: partner institutions, shown to users the API says manage partners (`me.managesPartners`).
const PARTNER_ITEMS = [{ to: '/partners', label: shellMessages.nav.partners }] as const;

/** The main menu; the current page is marked for screen readers (aria-current) and by underline. */
export function Navigation({
  worksCases,
  managesPartners = false,
}: {
  worksCases: boolean;
  managesPartners?: boolean;
}) {
  const items = [
    ...ITEMS.filter((item) => worksCases || !item.caseWork),
    ...(managesPartners ? PARTNER_ITEMS : []),
  ];
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => (
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
