import type { AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';

/** The signed-in caller, for field resolvers (the guard put it on the request before the operation ran). */
export function viewerOf(req: GraphqlContext['req']): AuthUser {
  const user = req.user as AuthUser | undefined;
  if (!user) throw new Error('field resolved without a signed-in caller');
  return user;
}
