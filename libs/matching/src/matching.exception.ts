import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

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

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const MATCHING_API_ERRORS: ApiErrorKinds<MatchingExceptionCode> = {
  [MatchingExceptionCode.OFFER_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [MatchingExceptionCode.DECISION_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [MatchingExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [MatchingExceptionCode.PAIR_EXCLUDED]: ErrorCode.BAD_USER_INPUT,
  [MatchingExceptionCode.ALREADY_DECIDED]: ErrorCode.CONFLICT,
  [MatchingExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [MatchingExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [MatchingExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
};

/** What the matching use cases refuse. */
export class MatchingException extends DomainException<MatchingExceptionCode> {
  protected readonly apiErrorKinds = MATCHING_API_ERRORS;

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
