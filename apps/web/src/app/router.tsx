import type { ApolloClient } from '@apollo/client';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import { reportSearchSchema, runsSearchSchema } from '../features/assignment/assignment-search';
import { accessLogSearchSchema } from '../features/admin/access-log-search';
import { matchingSearchSchema } from '../features/admin/matching-search';
import { skillsSearchSchema } from '../features/admin/skills-search';
import { usersSearchSchema } from '../features/admin/users-search';
import { boardSearchSchema } from '../features/cases/board-filter';
import {
  officeReferralSearchSchema,
  referralSearchSchema,
} from '../features/center-referrals/referral-search';
import { tasksSearchSchema } from '../features/cases/tasks-search';
import { matchSearchSchema } from '../features/matching/match-search';
import { retrySearchSchema } from '../features/retry/retry-search';
import { notificationsSearchSchema } from '../features/notifications/notifications-search';
import { offerListSearchSchema } from '../features/offers/offer-list-search';
import { companySearchSchema } from '../features/organisations/company-search';
import {
  planNewSearchSchema,
  planSearchSchema,
  plansSearchSchema,
} from '../features/training-plans/plans-search';
import { partnerSearchSchema, partnersSearchSchema } from '../features/partners/partners-search';
import { referralListSearchSchema } from '../features/partner-referrals/referral-list-search';
import { SignedInLayout } from '../features/shell/signed-in-layout';
import { monthsSearchSchema } from '../features/statistics-months/months-search';
import { dashboardSearchSchema } from '../features/statistics-dashboard/dashboard-search';
import {
  sheetNewSearchSchema,
  sheetPrintSearchSchema,
  sheetSearchSchema,
  sheetsSearchSchema,
} from '../features/evaluation-sheets/sheets-search';
import {
  openingsSearchSchema,
  registrantSearchSchema,
  registrantsSearchSchema,
  supportRequestsSearchSchema,
} from '../features/talent-bank/talent-bank-search';
import { subsidiesSearchSchema } from '../features/subsidies/subsidies-search';
import { NotFoundPage } from './not-found-page';
import { RouteFailure } from './route-failure';
import { preloadEnumLabels } from '../shared/enum-labels';
import { loadSession } from './session';

export interface RouterContext {
  apollo: ApolloClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signin',
  validateSearch: z.object({ next: z.string().optional(), ended: z.boolean().optional() }),
  component: lazyRouteComponent(() => import('../features/identity/sign-in-page'), 'SignInPage'),
});

/** Every page behind it needs a session; without one the user is sent to sign in and brought back afterwards. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await loadSession(context.apollo);
    if (!me) throw redirect({ to: '/signin', search: { next: location.href } });
    // Every screen shows enum values by their Japanese labels: have them before the first one renders.
    await preloadEnumLabels(context.apollo);
    return { me };
  },
  component: SignedInLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/home-page'), 'HomePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/identity/account-page'), 'AccountPage'),
});

const companiesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/companies',
  validateSearch: companySearchSchema,
  component: lazyRouteComponent(() => import('../features/organisations/companies-page'), 'CompaniesPage'),
});

const companyNewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/companies/new',
  component: lazyRouteComponent(() => import('../features/organisations/company-new-page'), 'CompanyNewPage'),
});

const companyRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/companies/$companyId',
});

const companyDetailRoute = createRoute({
  getParentRoute: () => companyRoute,
  path: '/',
  validateSearch: z.object({ saved: z.enum(['created', 'updated']).optional().catch(undefined) }),
  component: lazyRouteComponent(
    () => import('../features/organisations/company-detail-page'),
    'CompanyDetailPage',
  ),
});

const companyEditRoute = createRoute({
  getParentRoute: () => companyRoute,
  path: '/edit',
  component: lazyRouteComponent(
    () => import('../features/organisations/company-edit-page'),
    'CompanyEditPage',
  ),
});

// Matches for one offer, either side (reached from the offer, not from the menu); the filters are in the address.
const sendingMatchesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/sending/$offerId/matches',
  validateSearch: matchSearchSchema,
  component: lazyRouteComponent(() => import('../features/matching/matches-page'), 'SendingMatchesPage'),
});

const receivingMatchesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/receiving/$offerId/matches',
  validateSearch: matchSearchSchema,
  component: lazyRouteComponent(() => import('../features/matching/matches-page'), 'ReceivingMatchesPage'),
});

// Sending and receiving information (送出情報・受入情報): list with its filters in the URL, record, read, edit.
const sendingOffersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/sending',
  validateSearch: offerListSearchSchema,
  component: lazyRouteComponent(() => import('../features/offers/offer-list-page'), 'SendingOffersPage'),
});

const newSendingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/sending/new',
  component: lazyRouteComponent(
    () => import('../features/offers/sending-offer-form-page'),
    'NewSendingOfferPage',
  ),
});

const sendingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/sending/$offerId',
  component: lazyRouteComponent(() => import('../features/offers/offer-detail-page'), 'SendingOfferPage'),
});

const editSendingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/sending/$offerId/edit',
  component: lazyRouteComponent(
    () => import('../features/offers/sending-offer-form-page'),
    'EditSendingOfferPage',
  ),
});

const receivingOffersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/receiving',
  validateSearch: offerListSearchSchema,
  component: lazyRouteComponent(() => import('../features/offers/offer-list-page'), 'ReceivingOffersPage'),
});

const newReceivingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/receiving/new',
  component: lazyRouteComponent(
    () => import('../features/offers/receiving-offer-form-page'),
    'NewReceivingOfferPage',
  ),
});

const receivingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/receiving/$offerId',
  component: lazyRouteComponent(() => import('../features/offers/offer-detail-page'), 'ReceivingOfferPage'),
});

const editReceivingOfferRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/offers/receiving/$offerId/edit',
  component: lazyRouteComponent(
    () => import('../features/offers/receiving-offer-form-page'),
    'EditReceivingOfferPage',
  ),
});

const offerRoutes = [
  sendingOffersRoute,
  newSendingOfferRoute,
  sendingOfferRoute,
  editSendingOfferRoute,
  receivingOffersRoute,
  newReceivingOfferRoute,
  receivingOfferRoute,
  editReceivingOfferRoute,
];

// The board's path is fixed, so it is matched before the case page's /cases/$caseId.
const caseBoardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/board',
  validateSearch: boardSearchSchema,
  component: lazyRouteComponent(() => import('../features/cases/board-page'), 'BoardPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tasks',
  validateSearch: tasksSearchSchema,
  component: lazyRouteComponent(() => import('../features/cases/tasks-page'), 'TasksPage'),
});

const notificationsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/notifications',
  validateSearch: notificationsSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/notifications/notifications-page'),
    'NotificationsPage',
  ),
});

const caseRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/cases/$caseId',
  component: lazyRouteComponent(() => import('../features/cases/case-page'), 'CasePage'),
});

// Partner portal (partner-portal): refer a company, and one referral's page with its correction.
const referralNewRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals/new',
  component: lazyRouteComponent(
    () => import('../features/partner-portal/referral-new-page'),
    'ReferralNewPage',
  ),
});

const referralRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals/$referralId',
});

const referralDetailRoute = createRoute({
  getParentRoute: () => referralRoute,
  path: '/',
  validateSearch: z.object({
    saved: z.enum(['draft', 'updated', 'submitted']).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import('../features/partner-portal/referral-page'), 'ReferralPage'),
});

const referralEditRoute = createRoute({
  getParentRoute: () => referralRoute,
  path: '/edit',
  component: lazyRouteComponent(
    () => import('../features/partner-portal/referral-edit-page'),
    'ReferralEditPage',
  ),
});

const partnerPortalRoutes = [
  referralNewRoute,
  referralRoute.addChildren([referralDetailRoute, referralEditRoute]),
];
// Headquarters console: partner institutions (list with its filters and date in the URL; one institution by tab).
const partnersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partners',
  validateSearch: partnersSearchSchema,
  component: lazyRouteComponent(() => import('../features/partners/partners-page'), 'PartnersPage'),
});

const partnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/partners/$institutionId',
  validateSearch: partnerSearchSchema,
  component: lazyRouteComponent(() => import('../features/partners/partner-page'), 'PartnerPage'),
});

const partnerRoutes = [partnersRoute, partnerRoute];
// hq-referrals: headquarters' referral inbox and the assigned office's referrals (filters and steps in the URL).
const referralInboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/inbox/referrals',
  validateSearch: referralSearchSchema,
  component: lazyRouteComponent(() => import('../features/center-referrals/inbox-page'), 'ReferralInboxPage'),
});

const inboxReferralRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/inbox/referrals/$referralId',
  component: lazyRouteComponent(
    () => import('../features/center-referrals/inbox-referral-page'),
    'InboxReferralPage',
  ),
});

const officeReferralsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/office/referrals',
  validateSearch: referralSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/center-referrals/office-referrals-page'),
    'OfficeReferralsPage',
  ),
});

const officeReferralRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/office/referrals/$referralId',
  validateSearch: officeReferralSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/center-referrals/office-referral-page'),
    'OfficeReferralPage',
  ),
});

const centerReferralRoutes = [
  referralInboxRoute,
  inboxReferralRoute,
  officeReferralsRoute,
  officeReferralRoute,
];
// The partner's referral list, export and bulk upload (head office): /referrals, /referrals/imports(/$importId).
const partnerReferralsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals',
  validateSearch: referralListSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/partner-referrals/referrals-page'),
    'ReferralsPage',
  ),
});

const referralImportsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals/imports',
  component: lazyRouteComponent(
    () => import('../features/partner-referrals/imports-page'),
    'ReferralImportsPage',
  ),
});

const referralImportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/referrals/imports/$importId',
  validateSearch: z.object({ again: z.boolean().optional().catch(undefined) }),
  component: lazyRouteComponent(
    () => import('../features/partner-referrals/import-page'),
    'ReferralImportPage',
  ),
});

const partnerReferralRoutes = [partnerReferralsRoute, referralImportsRoute, referralImportRoute];

// Headquarters console: national assignment and the months of the statistics (hq-assignment).
const assignmentRunsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/assignment',
  validateSearch: runsSearchSchema,
  component: lazyRouteComponent(() => import('../features/assignment/runs-page'), 'AssignmentRunsPage'),
});

const assignmentRunRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/assignment/$runId',
  validateSearch: reportSearchSchema,
  component: lazyRouteComponent(() => import('../features/assignment/run-report-page'), 'AssignmentRunPage'),
});

const statisticsMonthsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/statistics/months',
  validateSearch: monthsSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/statistics-months/statistics-months-page'),
    'StatisticsMonthsPage',
  ),
});

// Statistics dashboard: executives, headquarters, consultants for their office (statistics-dashboard).
const dashboardRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/dashboard',
  validateSearch: dashboardSearchSchema,
  component: lazyRouteComponent(
    () => import('../features/statistics-dashboard/dashboard-page'),
    'DashboardPage',
  ),
});
// Career Talent Bank (talent): registrants (filters in the URL), registration, one registrant's record, the senior
// openings and the registrants ranked for one, the companies' support requests.
const talentBankRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank',
    validateSearch: registrantsSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/talent-bank/registrants-page'),
      'RegistrantsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank/new',
    component: lazyRouteComponent(
      () => import('../features/talent-bank/registrant-new-page'),
      'RegistrantNewPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank/openings',
    validateSearch: openingsSearchSchema,
    component: lazyRouteComponent(() => import('../features/talent-bank/openings-page'), 'OpeningsPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank/openings/$receivingOfferId',
    component: lazyRouteComponent(
      () => import('../features/talent-bank/opening-candidates-page'),
      'OpeningCandidatesPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank/support-requests',
    validateSearch: supportRequestsSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/talent-bank/support-requests-page'),
      'SupportRequestsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/talent-bank/$registrantId',
    validateSearch: registrantSearchSchema,
    component: lazyRouteComponent(() => import('../features/talent-bank/registrant-page'), 'RegistrantPage'),
  }),
];

// The administrator's console (admin): accounts, the skills dictionary, the matching settings, follow-ups and
// schedules, the talent bank's access log.
const adminUsersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/users',
  validateSearch: usersSearchSchema,
  component: lazyRouteComponent(() => import('../features/admin/users-page'), 'AdminUsersPage'),
});

const adminSkillsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/skills',
  validateSearch: skillsSearchSchema,
  component: lazyRouteComponent(() => import('../features/admin/skills-page'), 'AdminSkillsPage'),
});

const adminMatchingRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/matching',
  validateSearch: matchingSearchSchema,
  component: lazyRouteComponent(() => import('../features/admin/matching-page'), 'AdminMatchingPage'),
});

const adminSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/settings',
  component: lazyRouteComponent(() => import('../features/admin/settings-page'), 'AdminSettingsPage'),
});

const adminAccessLogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/admin/access-log',
  validateSearch: accessLogSearchSchema,
  component: lazyRouteComponent(() => import('../features/admin/access-log-page'), 'AdminAccessLogPage'),
});

// The Job Card: each area's pages (features/evaluation-sheets, training-plans, subsidies, retry, dispatch-reports).
const jobcardRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard',
    component: lazyRouteComponent(() => import('../features/jobcard/jobcard-hub-page'), 'JobcardHubPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/sheets',
    validateSearch: sheetsSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/evaluation-sheets/sheets-page'),
      'EvaluationSheetsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/sheets/new',
    validateSearch: sheetNewSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/evaluation-sheets/sheet-new-page'),
      'EvaluationSheetNewPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/sheets/$sheetId',
    validateSearch: sheetSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/evaluation-sheets/sheet-page'),
      'EvaluationSheetPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/sheets/$sheetId/print',
    validateSearch: sheetPrintSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/evaluation-sheets/sheet-print-page'),
      'EvaluationSheetPrintPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/plans',
    validateSearch: plansSearchSchema,
    component: lazyRouteComponent(() => import('../features/training-plans/plans-page'), 'TrainingPlansPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/plans/new',
    validateSearch: planNewSearchSchema,
    component: lazyRouteComponent(
      () => import('../features/training-plans/plan-new-page'),
      'TrainingPlanNewPage',
    ),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/plans/$planId',
    validateSearch: planSearchSchema,
    component: lazyRouteComponent(() => import('../features/training-plans/plan-page'), 'TrainingPlanPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/subsidies',
    validateSearch: subsidiesSearchSchema,
    component: lazyRouteComponent(() => import('../features/subsidies/subsidies-page'), 'SubsidiesPage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/retry',
    validateSearch: retrySearchSchema,
    component: lazyRouteComponent(() => import('../features/retry/retry-page'), 'RetryCataloguePage'),
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/jobcard/dispatch',
    component: lazyRouteComponent(
      () => import('../features/dispatch-reports/dispatch-report-page'),
      'DispatchReportPage',
    ),
  }),
];

const adminRoutes = [
  adminUsersRoute,
  adminSkillsRoute,
  adminMatchingRoute,
  adminSettingsRoute,
  adminAccessLogRoute,
];

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    homeRoute,
    accountRoute,
    companiesRoute,
    companyNewRoute,
    companyRoute.addChildren([companyDetailRoute, companyEditRoute]),
    sendingMatchesRoute,
    receivingMatchesRoute,
    ...offerRoutes,
    caseBoardRoute,
    caseRoute,
    tasksRoute,
    notificationsRoute,
    ...partnerPortalRoutes,
    ...partnerRoutes,
    ...centerReferralRoutes,
    ...partnerReferralRoutes,
    assignmentRunsRoute,
    assignmentRunRoute,
    statisticsMonthsRoute,
    dashboardRoute,
    ...talentBankRoutes,
    ...jobcardRoutes,
    ...adminRoutes,
  ]),
]);

export function createAppRouter(apollo: ApolloClient) {
  return createRouter({
    routeTree,
    context: { apollo },
    defaultErrorComponent: RouteFailure,
    defaultPreload: 'intent',
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
