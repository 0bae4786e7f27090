import {
  BadUserInputError,
  ConflictError,
  DomainException,
  DomainExceptionFilter,
  ForbiddenError,
  NotFoundError,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum PartnerExceptionCode {
  PARTNER_RECORD_NOT_FOUND = 'PARTNER_RECORD_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
  AGREEMENT_ALREADY_ENDED = 'AGREEMENT_ALREADY_ENDED',
  NO_PARTNER_INSTITUTION = 'NO_PARTNER_INSTITUTION',
}

/** What the partner use cases refuse; `toPartnerApiError` decides how the API shows it. */
export class PartnerException extends DomainException<PartnerExceptionCode> {
  static invalidInput(fields: FieldError[]): PartnerException {
    return new PartnerException(PartnerExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }

  /** `kind`: 提携機関, 支店, 連携協定, 担当者. */
  static notFound(kind: string, id: string): PartnerException {
    return new PartnerException(
      PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND,
      `指定された${kind}が見つかりません。`,
      { id },
    );
  }

  static staleVersion(currentVersion: number): PartnerException {
    return new PartnerException(
      PartnerExceptionCode.STALE_VERSION,
      '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度編集してください。',
      { currentVersion },
    );
  }

  static alreadyEnded(endedOn: string, currentVersion: number): PartnerException {
    return new PartnerException(
      PartnerExceptionCode.AGREEMENT_ALREADY_ENDED,
      `この連携協定は既に終了しています(終了日 ${endedOn})。`,
      { endedOn, currentVersion },
    );
  }

  static noInstitution(): PartnerException {
    return new PartnerException(
      PartnerExceptionCode.NO_PARTNER_INSTITUTION,
      'このアカウントには所属する提携機関が設定されていません。管理者に連絡してください。',
    );
  }
}

/** The one place partner errors become API errors; `extensions.reason` keeps the module's own code. */
export function toPartnerApiError(exception: PartnerException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case PartnerExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case PartnerExceptionCode.STALE_VERSION:
    case PartnerExceptionCode.AGREEMENT_ALREADY_ENDED:
      return new ConflictError(exception.message, extensions);
    case PartnerExceptionCode.NO_PARTNER_INSTITUTION:
      return new ForbiddenError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped partner exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the partner resolvers. */
export class PartnerExceptionFilter extends DomainExceptionFilter(PartnerException, toPartnerApiError) {}
