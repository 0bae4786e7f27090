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

export enum OfferExceptionCode {
  OFFER_NOT_FOUND = 'OFFER_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** What the sending/receiving information use cases refuse; `toOfferApiError` decides how the API shows it. */
export class OfferException extends DomainException<OfferExceptionCode> {
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

/** The one place offer errors become API errors; `extensions.reason` keeps the module's own code. */
export function toOfferApiError(exception: OfferException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case OfferExceptionCode.OFFER_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case OfferExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case OfferExceptionCode.STALE_VERSION:
      return new ConflictError(exception.message, extensions);
    case OfferExceptionCode.OUTSIDE_OFFICE_SCOPE:
    case OfferExceptionCode.NO_OFFICE_ASSIGNED:
      return new ForbiddenError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped offer exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the offer resolvers. */
export class OfferExceptionFilter extends DomainExceptionFilter(OfferException, toOfferApiError) {}
