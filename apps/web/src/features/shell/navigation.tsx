import { Link } from '@tanstack/react-router';
import type { MeQuery } from '../../gql/graphql';
import { shellMessages } from './messages';

/** The fields of `me` by which the API says what a user works; the browser keeps no list of roles. */
export type WorkFlags = Pick<
  MeQuery['me'],
  | 'worksCases'
  | 'reviewsReferrals'
  | 'handlesOfficeReferrals'
  | 'managesPartners'
  | 'runsAssignment'
  | 'closesStatisticsMonths'
  | 'readsStatistics'
  | 'worksTalentBank'
  | 'readsJobcardReference'
  | 'administers'
>;

/** Each item, and the flag of `me` that shows it (none: every signed-in Center user); the API refuses the others. */
const ITEMS: readonly { to: string; label: string; shownWhen?: keyof WorkFlags }[] = [
  { to: '/', label: shellMessages.nav.home },
  { to: '/companies', label: shellMessages.nav.companies, shownWhen: 'worksCases' },
  { to: '/offers/sending', label: shellMessages.nav.sendingOffers, shownWhen: 'worksCases' },
  { to: '/offers/receiving', label: shellMessages.nav.receivingOffers, shownWhen: 'worksCases' },
  { to: '/cases/board', label: shellMessages.nav.caseBoard, shownWhen: 'worksCases' },
  { to: '/tasks', label: shellMessages.nav.tasks, shownWhen: 'worksCases' },
  { to: '/inbox/referrals', label: shellMessages.nav.referralInbox, shownWhen: 'reviewsReferrals' },
  { to: '/office/referrals', label: shellMessages.nav.officeReferrals, shownWhen: 'handlesOfficeReferrals' },
  { to: '/partners', label: shellMessages.nav.partners, shownWhen: 'managesPartners' },
  { to: '/assignment', label: shellMessages.nav.assignment, shownWhen: 'runsAssignment' },
  {
    to: '/statistics/months',
    label: shellMessages.nav.statisticsMonths,
    shownWhen: 'closesStatisticsMonths',
  },
  { to: '/dashboard', label: shellMessages.nav.statisticsDashboard, shownWhen: 'readsStatistics' },
  { to: '/talent-bank', label: shellMessages.nav.talentBank, shownWhen: 'worksTalentBank' },
  { to: '/jobcard', label: shellMessages.nav.jobcard, shownWhen: 'readsJobcardReference' },
  { to: '/admin/users', label: shellMessages.nav.adminUsers, shownWhen: 'administers' },
  { to: '/admin/skills', label: shellMessages.nav.adminSkills, shownWhen: 'administers' },
  { to: '/admin/matching', label: shellMessages.nav.adminMatching, shownWhen: 'administers' },
  { to: '/admin/settings', label: shellMessages.nav.adminSettings, shownWhen: 'administers' },
  { to: '/admin/access-log', label: shellMessages.nav.adminAccessLog, shownWhen: 'administers' },
  { to: '/notifications', label: shellMessages.nav.notifications },
  { to: '/account', label: shellMessages.nav.account },
];

/** The main menu; the current page is marked for screen readers (aria-current) and by underline. */
export function Navigation({ work }: { work: WorkFlags }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {ITEMS.filter((item) => !item.shownWhen || work[item.shownWhen]).map((item) => (
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
