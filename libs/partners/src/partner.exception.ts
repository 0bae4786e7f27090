import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum PartnerExceptionCode {
  PARTNER_RECORD_NOT_FOUND = 'PARTNER_RECORD_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
  AGREEMENT_ALREADY_ENDED = 'AGREEMENT_ALREADY_ENDED',
  NO_PARTNER_INSTITUTION = 'NO_PARTNER_INSTITUTION',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const PARTNER_API_ERRORS: ApiErrorKinds<PartnerExceptionCode> = {
  [PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [PartnerExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [PartnerExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [PartnerExceptionCode.AGREEMENT_ALREADY_ENDED]: ErrorCode.CONFLICT,
  [PartnerExceptionCode.NO_PARTNER_INSTITUTION]: ErrorCode.FORBIDDEN,
};

/** What the partner use cases refuse. */
export class PartnerException extends DomainException<PartnerExceptionCode> {
  protected readonly apiErrorKinds = PARTNER_API_ERRORS;

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
