import { PUBLIC_METADATA, requestOf, ROLES_METADATA, type Role } from '@kakehashi/authz';
import { ForbiddenError, UnauthenticatedError } from '@kakehashi/graphql-core';
import {
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { toApiError } from '../identity-errors';
import { IdentityException } from '../identity.exception';
import { AuthenticationService } from './authentication.service';

/**
 * The global guard (APP_GUARD), for GraphQL and HTTP alike. Deny by default: an operation is reachable only when
 * it is `@Public()` or states `@Roles(...)` and the caller holds one of them with a valid, current token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (!roles?.length) {
      this.logger.error(
        `Programming error: ${context.getClass().name}.${context.getHandler().name} has neither @Roles nor @Public; refused.`,
      );
      throw this.forbidden(context);
    }

    const request = requestOf(context);
    const token = bearerToken(request.headers['authorization']);
    if (!token) throw this.unauthenticated(context, new UnauthenticatedError());
    try {
      request.user = await this.authentication.authenticate(token);
    } catch (error) {
      if (error instanceof IdentityException) throw this.unauthenticated(context, toApiError(error));
      throw error;
    }
    if (!roles.includes(request.user.role)) throw this.forbidden(context);
    return true;
  }

  // GraphQL clients read `extensions.code`; plain HTTP clients get the matching status with the same message.
  private unauthenticated(
    context: ExecutionContext,
    error: Error & { extensions?: Record<string, unknown> },
  ) {
    return context.getType<string>() === 'graphql'
      ? error
      : new UnauthorizedException({ statusCode: 401, code: 'UNAUTHENTICATED', message: error.message });
  }

  private forbidden(context: ExecutionContext) {
    // The reason tells a role refusal apart from a domain's own FORBIDDEN (e.g. another office's company).
    const error = new ForbiddenError(undefined, { reason: 'ROLE_NOT_ALLOWED' });
    return context.getType<string>() === 'graphql'
      ? error
      : new ForbiddenException({ statusCode: 403, code: 'FORBIDDEN', message: error.message });
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, as RFC 6750 allows). */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}
