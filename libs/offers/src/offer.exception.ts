import { DomainException, ErrorCode, type ApiErrorKinds, type FieldError } from '@kakehashi/graphql-core';

export enum OfferExceptionCode {
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** How the API shows each offer refusal; `extensions.reason` keeps the module's own code. */
export const OFFER_API_ERRORS: ApiErrorKinds<OfferExceptionCode> = {
  [OfferExceptionCode.OFFER_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [OfferExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [OfferExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [OfferExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [OfferExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
};

/** What the sending/receiving information use cases refuse. */
export class OfferException extends DomainException<OfferExceptionCode> {
  protected readonly apiErrorKinds = OFFER_API_ERRORS;

  static invalidInput(fields: FieldError[]): OfferException {
    return new OfferException(OfferExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }

  static notFound(kind: string, id: string): OfferException {
    return new OfferException(OfferExceptionCode.OFFER_NOT_FOUND, `指定された${kind}が見つかりません。`, {
      offerId: id,
    });
  }

  static staleVersion(currentVersion: number): OfferException {
    return new OfferException(
      OfferExceptionCode.STALE_VERSION,
      '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
      { currentVersion },
    );
  }
}
