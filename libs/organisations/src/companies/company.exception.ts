import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  DomainException,
  DomainExceptionFilter,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum CompanyExceptionCode {
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  CORPORATE_NUMBER_TAKEN = 'CORPORATE_NUMBER_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** What the companies use cases refuse, in domain terms; `toCompanyApiError` decides how the API shows it. */
export class CompanyException extends DomainException<CompanyExceptionCode> {
  static invalidInput(fields: FieldError[]): CompanyException {
    return new CompanyException(CompanyExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }
}

/** The one place companies errors become API errors; `extensions.reason` keeps the module's own code. */
export function toCompanyApiError(exception: CompanyException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case CompanyExceptionCode.COMPANY_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case CompanyExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case CompanyExceptionCode.CORPORATE_NUMBER_TAKEN:
    case CompanyExceptionCode.STALE_VERSION:
      return new ConflictError(exception.message, extensions);
    case CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE:
    case CompanyExceptionCode.NO_OFFICE_ASSIGNED:
      return new ForbiddenError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped company exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the company resolvers. */
export class CompanyExceptionFilter extends DomainExceptionFilter(CompanyException, toCompanyApiError) {}
