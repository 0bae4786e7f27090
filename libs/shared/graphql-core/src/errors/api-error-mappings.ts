import {
  ApiError,
  BadUserInputError,
  ConflictError,
  FailedPreconditionError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from './api-errors';
import type { ApiErrorKind, DomainException } from './domain-exception';
import { ErrorCode } from './error-code';

const BUILD: Record<ApiErrorKind, (exception: DomainException<string>) => ApiError> = {
  [ErrorCode.UNAUTHENTICATED]: (e) => new UnauthenticatedError(e.message, e.extensions),
  [ErrorCode.FORBIDDEN]: (e) => new ForbiddenError(e.message, e.extensions),
  [ErrorCode.BAD_USER_INPUT]: (e) => new BadUserInputError(e.fields, e.message, e.extensions),
  [ErrorCode.NOT_FOUND]: (e) => new NotFoundError(e.message, e.extensions),
  [ErrorCode.CONFLICT]: (e) => new ConflictError(e.message, e.extensions),
  [ErrorCode.FAILED_PRECONDITION]: (e) => new FailedPreconditionError(e.message, e.extensions),
};

/**
 * The API error a module's refusal becomes: the kind from the module's table, the Japanese message, the details and
 * the module's code as `extensions.reason`, and the field errors of invalid input.
 */
export function toApiError(exception: DomainException<string>): ApiError {
  const build = BUILD[exception.apiErrorKind];
  if (!build) throw new Error(`${exception.name} has no API error kind for ${exception.code}`);
  return build(exception);
}
