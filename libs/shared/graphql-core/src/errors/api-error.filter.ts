import { Catch, Inject, Injectable, Optional, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { toApiError } from './api-error-mappings';
import { ApiError } from './api-errors';
import { DomainException } from './domain-exception';
import { ErrorCode } from './error-code';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.FAILED_PRECONDITION]: 422,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Told of every refused operation (an API error with code FORBIDDEN, whether the guard or a use case refused) before
 * the answer goes out, e.g. to write a personal-data access log. At most one per application, provided under
 * `API_REFUSAL_RECORDER` by the module that needs it, or by the application composing several modules' recorders.
 */
export interface ApiRefusalRecorder {
  refused(error: ApiError, host: ArgumentsHost): Promise<void>;
}
export const API_REFUSAL_RECORDER = Symbol('API_REFUSAL_RECORDER');

/**
 * One recorder telling each of several (the talent bank's, the Job Card's: each keeps its own access log and ignores
 * operations not its own), one after the other.
 */
export function composeRefusalRecorders(...recorders: ApiRefusalRecorder[]): ApiRefusalRecorder {
  return {
    async refused(error: ApiError, host: ArgumentsHost): Promise<void> {
      for (const recorder of recorders) await recorder.refused(error, host);
    },
  };
}

/**
 * The application's one exception filter for expected refusals. A module's `DomainException` becomes the API error its
 * table names; an `ApiError` (no token, wrong role, bad input) goes out as it is. Both are answers, not failures, so
 * Nest does not log them as errors with a stack trace; anything else still reaches `formatGraphqlError`. Applied to
 * queries, mutations and field resolvers alike (`fieldResolverEnhancers: ['filters']`).
 */
@Catch(DomainException, ApiError)
@Injectable()
export class ApiErrorsFilter implements GqlExceptionFilter {
  constructor(@Optional() @Inject(API_REFUSAL_RECORDER) private readonly recorder?: ApiRefusalRecorder) {}

  async catch(exception: DomainException<string> | ApiError, host: ArgumentsHost): Promise<ApiError | void> {
    const error = exception instanceof DomainException ? toApiError(exception) : exception;
    if (this.recorder && error.extensions['code'] === ErrorCode.FORBIDDEN) {
      await this.recorder.refused(error, host);
    }
    if (host.getType<string>() === 'graphql') return error;
    sendOverHttp(error, host);
  }
}

/** An API error as a plain HTTP answer (REST routes such as the statistics exports). */
export function sendOverHttp(exception: ApiError, host: ArgumentsHost): void {
  const code = exception.extensions['code'] as ErrorCode;
  host
    .switchToHttp()
    .getResponse<{ status(code: number): { json(body: unknown): void } }>()
    .status(HTTP_STATUS[code] ?? 500)
    .json({ code, message: exception.message, ...exception.extensions });
}
