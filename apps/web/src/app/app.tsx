import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { createApolloClient } from './apollo-client';
import { createAppRouter } from './router';

export function App() {
  const [{ router, apollo }] = useState(() => {
    let appRouter: ReturnType<typeof createAppRouter> | null = null;
    // A session that ends while the page is open (idle time, sign-out elsewhere, deactivation) leads back to sign-in.
    const client = createApolloClient(() => {
      void client.clearStore();
      const next = window.location.pathname + window.location.search;
      void appRouter?.navigate({ to: '/signin', search: { next, ended: true } });
    });
    appRouter = createAppRouter(client);
    return { router: appRouter, apollo: client };
  });
  return (
    // Japanese whatever the browser's language: React Aria's own words (announcements, date segments) follow it.
    <I18nProvider locale="ja-JP">
      <ApolloProvider client={apollo}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nProvider>
  );
}
