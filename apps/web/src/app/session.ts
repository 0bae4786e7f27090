import type { ApolloClient } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MeDocument, type MeQuery } from '../gql/graphql';

export type SessionUser = MeQuery['me'];

/** The signed-in user, or null when there is no valid session (the cookie is absent, expired or ended). */
export async function loadSession(client: ApolloClient): Promise<SessionUser | null> {
  try {
    const result = await client.query({ query: MeDocument, fetchPolicy: 'cache-first' });
    return result.data?.me ?? null;
  } catch (error) {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((each) => each.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      return null;
    }
    throw error;
  }
}
