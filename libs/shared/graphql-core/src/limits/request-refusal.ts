import { GraphQLError } from 'graphql';
import type { FieldError } from '../errors/api-errors';
import { ErrorCode } from '../errors/error-code';

/**
 * A request refused before anything executes (its variables, its shape or its cost). Apollo answers errors thrown
 * before execution with HTTP 500 unless they carry a status, so each one says 400: the caller sent something wrong.
 * The message and fields never quote a submitted value: they may be passwords or personal data.
 */
export function requestRefusal(
  message: string,
  extensions: { reason: string; fields?: FieldError[] } & Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });
}
