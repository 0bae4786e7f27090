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
  // hq-referrals: headquarters' referral inbox and the assigned office's referrals (`needs`: a field of `me`).
  {
    to: '/inbox/referrals',
    label: shellMessages.nav.referralInbox,
    caseWork: false,
    needs: 'reviewsReferrals',
  },
  {
    to: '/office/referrals',
    label: shellMessages.nav.officeReferrals,
    caseWork: false,
    needs: 'handlesOfficeReferrals',
  },
  { to: '/notifications', label: shellMessages.nav.notifications, caseWork: false },
  { to: '/account', label: shellMessages.nav.account, caseWork: false },
] as const;

/** The main menu; the current page is marked for screen readers (aria-current) and by underline. */
export function Navigation({
  worksCases,
  ...work
}: {
  worksCases: boolean;
  reviewsReferrals?: boolean;
  handlesOfficeReferrals?: boolean;
}) {
  return (
    <ul className="flex flex-wrap gap-1">
      {ITEMS.filter(
        (item) => (worksCases || !item.caseWork) && (!('needs' in item) || work[item.needs] === true),
      ).map((item) => (
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
