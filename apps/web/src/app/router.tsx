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
import { boardSearchSchema } from '../features/cases/board-filter';
import { tasksSearchSchema } from '../features/cases/tasks-search';
import { notificationsSearchSchema } from '../features/notifications/notifications-search';
import { SignedInLayout } from '../features/shell/signed-in-layout';
import { NotFoundPage } from './not-found-page';
import { RouteFailure } from './route-failure';
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

const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([homeRoute, accountRoute, caseBoardRoute, tasksRoute, notificationsRoute]),
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
