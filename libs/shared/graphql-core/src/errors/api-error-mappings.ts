import { Catch, type ArgumentsHost, type Type } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { sendOverHttp } from './api-error.filter';
import { ApiError } from './api-errors';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor of E, whatever its parameters
type ExceptionClass<E extends Error> = abstract new (...args: any[]) => E;

/** Each module's exception class and the one function that turns it into the API error clients see. */
const mappings = new Map<ExceptionClass<Error>, (exception: Error) => ApiError>();

/**
 * Declares how a module's exception becomes an API error, once, beside the module's exhaustive mapping. Every
 * resolver and field resolver then answers with it, whether or not it names a filter of its own.
 */
export function registerApiErrorMapping<E extends Error>(
  exception: ExceptionClass<E>,
  toApiError: (exception: E) => ApiError,
): void {
  mappings.set(exception, toApiError as (exception: Error) => ApiError);
}

/** The mapping of `exception`'s class or its nearest mapped ancestor. */
export function mappedApiError(exception: Error): ApiError | null {
  for (let proto = Object.getPrototypeOf(exception); proto && proto !== Error.prototype;) {
    const toApiError = mappings.get(proto.constructor);
    if (toApiError) return toApiError(exception);
    proto = Object.getPrototypeOf(proto);
  }
  return null;
}

/**
 * The application's filter for every registered module exception. Built when the application module is, after every
 * module has registered its mapping; a resolver's own filter (e.g. one that also writes an access log) still runs
 * first.
 */
export function createMappedErrorsFilter(): Type<GqlExceptionFilter> {
  @Catch(...mappings.keys())
  class MappedErrorsFilter implements GqlExceptionFilter {
    catch(exception: Error, host: ArgumentsHost): ApiError | Error | void {
      const error = mappedApiError(exception) ?? exception;
      if (host.getType<string>() === 'graphql') return error;
      if (error instanceof ApiError) sendOverHttp(error, host);
      else throw error;
    }
  }
  return MappedErrorsFilter;
}
