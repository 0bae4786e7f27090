import { PUBLIC_METADATA, ROLES_METADATA, requestOf, type AuthUser, type Role } from '@kakehashi/authz';
import { ForbiddenError, UnauthenticatedError } from '@kakehashi/graphql-core';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

/**
 * For GraphQL tests of one library without the identity module: the caller comes as base64url JSON in an
 * `x-test-user` header (see `testUserHeader`), and the operation's @Roles are enforced as the real guard does.
 */
@Injectable()
export class HeaderAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
    const request = requestOf(context);
    const header = request.headers['x-test-user'];
    if (typeof header !== 'string') throw new UnauthenticatedError();
    request.user = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as AuthUser;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    // As the application's AuthGuard refuses a role: the reason tells it apart from a domain's own FORBIDDEN.
    if (!roles?.includes(request.user.role))
      throw new ForbiddenError(undefined, { reason: 'ROLE_NOT_ALLOWED' });
    return true;
  }
}

/** The header value HeaderAuthGuard reads. */
export function testUserHeader(user: AuthUser): string {
  return Buffer.from(JSON.stringify(user), 'utf8').toString('base64url');
}
