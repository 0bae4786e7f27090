import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthUser } from './auth-user';
import type { Role } from './role';

export const ROLES_METADATA = 'kakehashi:roles';
export const PUBLIC_METADATA = 'kakehashi:public';

/**
 * The roles that may call a resolver or controller method. The global guard refuses every operation that states
 * neither `@Roles` nor `@Public` (deny by default).
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES_METADATA, roles);

/** Open to anyone, signed in or not. Only sign-in and the health check are. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/** The signed-in caller; only on operations the guard let through with `@Roles`. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const request = requestOf(context);
  return request.user as AuthUser;
});

/** The HTTP request behind a GraphQL or REST call. */
export function requestOf(context: ExecutionContext): {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  user?: AuthUser;
} {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}
