import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

/** Operations that may meet UNAUTHENTICATED without it meaning "the session ended". */
const SESSION_PROBES = new Set(['Me', 'SignIn', 'SignOut']);

/**
 * The one Apollo Client. The session is the httpOnly cookie the API set at sign-in (never a token in script-readable
 * storage); the custom header tells the API this is the app's own request (its CSRF check for cookie sessions).
 */
export function createApolloClient(onSessionEnded: () => void): ApolloClient {
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (SESSION_PROBES.has(operation.operationName ?? '')) return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((each) => each.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      onSessionEnded();
    }
  });
  const http = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'x-kakehashi-csrf': '1' },
  });
  return new ApolloClient({
    link: sessionEnded.concat(http),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
