import { Catch, type Type } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { ApiError, FieldError } from './api-errors';
import { registerApiErrorMapping } from './api-error-mappings';

/**
 * What a domain module's use cases refuse, in the module's own terms: a stable code from the module's enum, a
 * Japanese message, facts for clients (ids, versions) and field errors. Each module maps its codes to API errors in
 * one exhaustive function, so the API's view of a refusal is decided in one place per module.
 */
export class DomainException<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** Extra facts for clients (existingCompanyId, currentVersion, …). */
    readonly details: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** `extensions` of the API error: the details, plus the module's code as `reason`. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, reason: this.code };
  }
}

/**
 * A GraphQL exception filter for one module's exception, applied with @UseFilters on its resolvers. Returning (not
 * throwing) an Error from a GraphQL filter makes it the field's error. It also registers the mapping for the
 * application-wide filter, so a resolver without @UseFilters answers the same.
 */
export function DomainExceptionFilter<E extends DomainException<string>>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor of E, whatever its parameters
  exception: abstract new (...args: any[]) => E,
  toApiError: (exception: E) => ApiError,
): Type<GqlExceptionFilter> {
  registerApiErrorMapping(exception, toApiError);
  @Catch(exception)
  class Filter implements GqlExceptionFilter {
    catch(caught: E): ApiError {
      return toApiError(caught);
    }
  }
  return Filter;
}
