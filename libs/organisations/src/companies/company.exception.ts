import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum CompanyExceptionCode {
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  CORPORATE_NUMBER_TAKEN = 'CORPORATE_NUMBER_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const COMPANY_API_ERRORS: ApiErrorKinds<CompanyExceptionCode> = {
  [CompanyExceptionCode.COMPANY_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [CompanyExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [CompanyExceptionCode.CORPORATE_NUMBER_TAKEN]: ErrorCode.CONFLICT,
  [CompanyExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [CompanyExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
};

/** What the companies use cases refuse, in domain terms. */
export class CompanyException extends DomainException<CompanyExceptionCode> {
  protected readonly apiErrorKinds = COMPANY_API_ERRORS;

  static invalidInput(fields: FieldError[]): CompanyException {
    return new CompanyException(CompanyExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }
}
