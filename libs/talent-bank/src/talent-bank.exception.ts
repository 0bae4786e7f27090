import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum TalentBankExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  OUTSIDE_OFFICE = 'OUTSIDE_OFFICE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  NOT_OPEN_TO_HIRING = 'NOT_OPEN_TO_HIRING',
  /** A senior opening saved on a receiving offer that has closed (終了). */
  OFFER_CLOSED = 'OFFER_CLOSED',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const TALENT_BANK_API_ERRORS: ApiErrorKinds<TalentBankExceptionCode> = {
  [TalentBankExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [TalentBankExceptionCode.NOT_ELIGIBLE]: ErrorCode.BAD_USER_INPUT,
  [TalentBankExceptionCode.RECORD_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [TalentBankExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [TalentBankExceptionCode.OUTSIDE_OFFICE]: ErrorCode.FORBIDDEN,
  [TalentBankExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
  [TalentBankExceptionCode.REGISTRATION_CLOSED]: ErrorCode.FAILED_PRECONDITION,
  [TalentBankExceptionCode.NOT_OPEN_TO_HIRING]: ErrorCode.FAILED_PRECONDITION,
  [TalentBankExceptionCode.OFFER_CLOSED]: ErrorCode.FAILED_PRECONDITION,
};

/** What the talent bank's use cases refuse. */
export class TalentBankException extends DomainException<TalentBankExceptionCode> {
  protected readonly apiErrorKinds = TALENT_BANK_API_ERRORS;

  static invalidInput(fields: FieldError[]): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }

  /** The eligibility rules refused the person; each field error says why. */
  static notEligible(fields: FieldError[]): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.NOT_ELIGIBLE,
      `キャリア人材バンクの登録対象外です。${fields.map((f) => f.message).join('')}`,
      {},
      fields,
    );
  }

  /** `kind`: 登録者, 支援依頼, シニア求人, 受入情報, 企業. */
  static notFound(kind: string, id: string): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.RECORD_NOT_FOUND,
      `指定された${kind}が見つかりません。`,
      { id },
    );
  }

  static staleVersion(currentVersion: number): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.STALE_VERSION,
      '他のユーザーが先に更新しました。最新の内容を読み込み直してから、もう一度操作してください。',
      { currentVersion },
    );
  }

  static outsideOffice(what: string, officeName: string, officeId: string): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.OUTSIDE_OFFICE,
      `${what}は${officeName}の担当です。登録した事務所のコンサルタントと本部のみが扱えます。`,
      { officeId },
    );
  }

  static noOffice(): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、キャリア人材バンクを利用できません。管理者に連絡してください。',
    );
  }

  static closed(statusLabel: string, currentVersion: number): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.REGISTRATION_CLOSED,
      `この登録は「${statusLabel}」のため、この操作はできません。`,
      { currentVersion },
    );
  }

  static notOpenToHiring(): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.NOT_OPEN_TO_HIRING,
      'この受入情報は在籍型出向のみを受け入れるため、シニア求人にできません。再就職は採用（移籍）になるため、移籍を受け入れる受入情報が対象です。',
    );
  }

  static offerClosed(): TalentBankException {
    return new TalentBankException(
      TalentBankExceptionCode.OFFER_CLOSED,
      'この受入情報は終了しているため、シニア求人として保存できません。',
    );
  }
}
