import { Catch, Injectable, Optional, type ArgumentsHost } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
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
 * the answer goes out, e.g. to write a personal-data access log. Provided under `API_REFUSAL_RECORDER` by each module
 * that needs one (the talent bank, the Job Card): every one is told, and each records the operations it knows.
 */
export interface ApiRefusalRecorder {
  refused(error: ApiError, host: ArgumentsHost): Promise<void>;
}
export const API_REFUSAL_RECORDER = Symbol('API_REFUSAL_RECORDER');

/**
 * The application's one exception filter for expected refusals. A module's `DomainException` becomes the API error its
 * table names; an `ApiError` (no token, wrong role, bad input) goes out as it is. Both are answers, not failures, so
 * Nest does not log them as errors with a stack trace; anything else still reaches `formatGraphqlError`. Applied to
 * queries, mutations and field resolvers alike (`fieldResolverEnhancers: ['filters']`).
 */
@Catch(DomainException, ApiError)
@Injectable()
export class ApiErrorsFilter implements GqlExceptionFilter {
  private recorders: readonly ApiRefusalRecorder[] | null = null;

  constructor(@Optional() private readonly moduleRef?: ModuleRef) {}

  async catch(exception: DomainException<string> | ApiError, host: ArgumentsHost): Promise<ApiError | void> {
    const error = exception instanceof DomainException ? toApiError(exception) : exception;
    if (error.extensions['code'] === ErrorCode.FORBIDDEN) {
      for (const recorder of this.refusalRecorders()) await recorder.refused(error, host);
    }
    if (host.getType<string>() === 'graphql') return error;
    sendOverHttp(error, host);
  }

  /** Every module's recorder, looked up once (none in an application without one). */
  private refusalRecorders(): readonly ApiRefusalRecorder[] {
    if (this.recorders === null) {
      try {
        this.recorders =
          this.moduleRef?.get<ApiRefusalRecorder, ApiRefusalRecorder>(API_REFUSAL_RECORDER, {
            strict: false,
            each: true,
          }) ?? [];
      } catch {
        // No module provides one.
        this.recorders = [];
      }
    }
    return this.recorders;
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
