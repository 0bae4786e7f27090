import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { ApiError } from './api-errors';
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
 * Expected refusals (no token, wrong role, bad input, conflicts) are answers, not failures: hand them to the
 * client as they are, without Nest logging each one as an error with a stack trace. Anything else still reaches
 * the default handler and `formatGraphqlError`.
 */
@Catch(ApiError)
export class ApiErrorFilter implements GqlExceptionFilter {
  catch(exception: ApiError, host: ArgumentsHost): ApiError | void {
    if (host.getType<string>() === 'graphql') return exception;
    sendOverHttp(exception, host);
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
