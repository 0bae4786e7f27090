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

export enum MatchingExceptionCode {
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  PAIR_EXCLUDED = 'PAIR_EXCLUDED',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  DECISION_NOT_FOUND = 'DECISION_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** What the matching use cases refuse; `toMatchingApiError` decides how the API shows it. */
export class MatchingException extends DomainException<MatchingExceptionCode> {
  static invalidInput(fields: FieldError[]): MatchingException {
    return new MatchingException(
      MatchingExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }

  static offerNotFound(kind: 'sending' | 'receiving', id: string): MatchingException {
    const label = kind === 'sending' ? '送出情報' : '受入情報';
    return new MatchingException(
      MatchingExceptionCode.OFFER_NOT_FOUND,
      `指定された${label}が見つかりません。`,
      {
        offerId: id,
      },
    );
  }
}

/** The one place matching errors become API errors; `extensions.reason` keeps the module's own code. */
export function toMatchingApiError(exception: MatchingException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case MatchingExceptionCode.OFFER_NOT_FOUND:
    case MatchingExceptionCode.DECISION_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case MatchingExceptionCode.INVALID_INPUT:
    case MatchingExceptionCode.PAIR_EXCLUDED:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case MatchingExceptionCode.ALREADY_DECIDED:
    case MatchingExceptionCode.STALE_VERSION:
      return new ConflictError(exception.message, extensions);
    case MatchingExceptionCode.OUTSIDE_OFFICE_SCOPE:
    case MatchingExceptionCode.NO_OFFICE_ASSIGNED:
      return new ForbiddenError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped matching exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the matching resolvers. */
export class MatchingExceptionFilter extends DomainExceptionFilter(MatchingException, toMatchingApiError) {}
