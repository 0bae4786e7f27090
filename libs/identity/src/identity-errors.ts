import {
  registerApiErrorMapping,
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  type ApiError,
} from '@kakehashi/graphql-core';
import { IdentityException, IdentityExceptionCode } from './identity.exception';

/** The one place that decides which GraphQL error each identity failure becomes. */
export function toApiError(exception: IdentityException): ApiError {
  const reason = exception.code;
  switch (exception.code) {
    case IdentityExceptionCode.INVALID_CREDENTIALS:
    case IdentityExceptionCode.SESSION_INVALID:
    case IdentityExceptionCode.SESSION_EXPIRED:
    case IdentityExceptionCode.SESSION_ENDED:
      return new UnauthenticatedError(exception.message, { reason });
    case IdentityExceptionCode.LOGIN_RATE_LIMITED:
      return new UnauthenticatedError(exception.message, {
        reason,
        retryAfterSeconds: exception.details.retryAfterSeconds,
      });
    case IdentityExceptionCode.INVALID_USER_INPUT:
      return new BadUserInputError(exception.details.fields ?? [], exception.message, { reason });
    case IdentityExceptionCode.EMAIL_TAKEN:
      return new ConflictError(exception.message, { reason, fields: exception.details.fields ?? [] });
    case IdentityExceptionCode.USER_VERSION_CONFLICT:
      return new ConflictError(exception.message, { reason });
    case IdentityExceptionCode.USER_NOT_FOUND:
      return new NotFoundError(exception.message, { reason });
    case IdentityExceptionCode.SELF_LOCKOUT:
    case IdentityExceptionCode.CROSS_SITE_REQUEST:
    case IdentityExceptionCode.COOKIE_SESSION_REQUIRED:
    case IdentityExceptionCode.BEARER_TOKEN_REQUIRED:
      return new ForbiddenError(exception.message, { reason });
    default: {
      const unhandled: never = exception.code;
      throw new Error(`Unmapped identity exception code: ${String(unhandled)}`);
    }
  }
}

registerApiErrorMapping(IdentityException, toApiError);
