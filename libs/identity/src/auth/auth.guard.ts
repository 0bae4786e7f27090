import { PUBLIC_METADATA, ROLES_METADATA, type AuthUser, type Role } from '@kakehashi/authz';
import { ForbiddenError, toApiError, UnauthenticatedError } from '@kakehashi/graphql-core';
import {
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { isSameOriginRequest } from '../sessions/same-origin';
import { clearSessionCookie, sessionCookieOf } from '../sessions/session-cookie';
import { SessionService } from '../sessions/session.service';
import { AuthenticationService } from './authentication.service';

const AUTHENTICATION = Symbol('kakehashi.authentication');

/** The request as the guard leaves it: who is calling and, for a browser, through which cookie session. */
export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
  /** Set when a cookie session (not a bearer token) authenticated the request. */
  cookieSessionId?: string;
  [AUTHENTICATION]?: Promise<AuthUser>;
}

/**
 * The global guard (APP_GUARD), for GraphQL and HTTP alike. Deny by default: an operation is reachable only when
 * it is `@Public()` or states `@Roles(...)` and the caller holds one of them, signed in by a valid, current bearer
 * token (scripts) or, without one, by a browser's cookie session from the API's own origin.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authentication: AuthenticationService,
    private readonly sessions: SessionService,
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

    const { req, res } = exchangeOf(context);
    // Once per HTTP request: the fields of one GraphQL document share it, so a session replaced by one mutation
    // (a password change) is not then refused, and its new cookie cleared, by the next field.
    req[AUTHENTICATION] ??= this.identify(context, req, res);
    req.user = await req[AUTHENTICATION];
    if (!roles.includes(req.user.role)) throw this.forbidden(context);
    return true;
  }

  /** Bearer token first; otherwise the session cookie. */
  private async identify(
    context: ExecutionContext,
    req: AuthenticatedRequest,
    res: Response,
  ): Promise<AuthUser> {
    const token = bearerToken(req.headers['authorization']);
    if (token) {
      try {
        return await this.authentication.authenticate(token);
      } catch (error) {
        if (error instanceof IdentityException) throw this.refusal(context, error);
        throw error;
      }
    }
    const cookie = sessionCookieOf(req.headers['cookie']);
    if (!cookie) throw this.unauthenticated(context, new UnauthenticatedError());
    // Before the session is even looked up: another site's request neither uses nor extends it.
    if (!isSameOriginRequest(req, { graphql: context.getType<string>() === 'graphql' })) {
      throw this.refusal(context, IdentityException.crossSiteRequest());
    }
    try {
      const session = await this.sessions.authenticate(cookie);
      req.cookieSessionId = session.sessionId;
      return session.user;
    } catch (error) {
      if (!(error instanceof IdentityException)) throw error;
      // The browser may drop a cookie that will never work again; the page then shows its sign-in.
      clearSessionCookie(req, res);
      throw this.refusal(context, error);
    }
  }

  /** An identity failure as the client sees it (anything else, such as the database being down, is not one). */
  private refusal(context: ExecutionContext, error: IdentityException): Error {
    const apiError = toApiError(error);
    return error.code === IdentityExceptionCode.CROSS_SITE_REQUEST
      ? this.forbidden(context, apiError)
      : this.unauthenticated(context, apiError);
  }

  // GraphQL clients read `extensions.code`; plain HTTP clients get the matching status with the same message.
  private unauthenticated(
    context: ExecutionContext,
    error: Error & { extensions?: Record<string, unknown> },
  ) {
    return context.getType<string>() === 'graphql'
      ? error
      : new UnauthorizedException({
          statusCode: 401,
          code: 'UNAUTHENTICATED',
          message: error.message,
          ...reasonOf(error),
        });
  }

  // The reason tells a role refusal apart from a domain's own FORBIDDEN (e.g. another office's company).
  private forbidden(
    context: ExecutionContext,
    error: Error & { extensions?: Record<string, unknown> } = new ForbiddenError(undefined, {
      reason: 'ROLE_NOT_ALLOWED',
    }),
  ) {
    return context.getType<string>() === 'graphql'
      ? error
      : new ForbiddenException({
          statusCode: 403,
          code: 'FORBIDDEN',
          message: error.message,
          ...reasonOf(error),
        });
  }
}

function reasonOf(error: { extensions?: Record<string, unknown> }): { reason?: unknown } {
  return error.extensions?.['reason'] === undefined ? {} : { reason: error.extensions['reason'] };
}

/** The Express request and response behind a GraphQL or REST call. */
function exchangeOf(context: ExecutionContext): { req: AuthenticatedRequest; res: Response } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest; res: Response }>();
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<AuthenticatedRequest>(), res: http.getResponse<Response>() };
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, as RFC 6750 allows). */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1] : null;
}
