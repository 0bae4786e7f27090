import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';
import { REFERRAL_STATUS_LABELS, type ReferralStatus } from './referral-enums';

export enum ReferralExceptionCode {
  /** Missing, or hidden from the caller (another partner's, not yet forwarded to the Center, another office's). */
  REFERRAL_NOT_FOUND = 'REFERRAL_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  /** 成立 without its case or a reason for none, a case not opened from the referral's offers, or either on another outcome. */
  OUTCOME_CASE_INVALID = 'OUTCOME_CASE_INVALID',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** A partner account without its institution (or a branch account without its branch). */
  NO_PARTNER_SCOPE = 'NO_PARTNER_SCOPE',
  /** The caller may see the referral but not do this to it. */
  FORBIDDEN_ACTION = 'FORBIDDEN_ACTION',
  /** A field only the Center reads (internal notes, duplicates, linked company and offers). */
  CENTER_ONLY = 'CENTER_ONLY',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const REFERRAL_API_ERRORS: ApiErrorKinds<ReferralExceptionCode> = {
  [ReferralExceptionCode.REFERRAL_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ReferralExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.OUTCOME_CASE_INVALID]: ErrorCode.BAD_USER_INPUT,
  [ReferralExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [ReferralExceptionCode.INVALID_TRANSITION]: ErrorCode.FAILED_PRECONDITION,
  [ReferralExceptionCode.NO_PARTNER_SCOPE]: ErrorCode.FORBIDDEN,
  [ReferralExceptionCode.FORBIDDEN_ACTION]: ErrorCode.FORBIDDEN,
  [ReferralExceptionCode.CENTER_ONLY]: ErrorCode.FORBIDDEN,
};

/** What the referral use cases refuse. */
export class ReferralException extends DomainException<ReferralExceptionCode> {
  protected readonly apiErrorKinds = REFERRAL_API_ERRORS;

  static invalidInput(fields: FieldError[]): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }

  /** The outcome's case rule (field errors as for invalid input, with its own stable reason). */
  static outcomeCaseInvalid(fields: FieldError[]): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.OUTCOME_CASE_INVALID,
      '結果と案件の組み合わせに誤りがあります。',
      {},
      fields,
    );
  }

  /** The same answer whether the referral does not exist or the caller may not see it: existence is not revealed. */
  static notFound(id: string): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.REFERRAL_NOT_FOUND,
      '指定された紹介が見つかりません。',
      {
        referralId: id,
      },
    );
  }

  static staleVersion(current: { version: number; status: ReferralStatus }): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.STALE_VERSION,
      '他のユーザーが先にこの紹介を更新しました。最新の内容を読み込み直してから、もう一度操作してください。',
      { currentVersion: current.version, currentStatus: current.status },
    );
  }

  /** `what`: the operation in Japanese (e.g. 「センターへの送付」). */
  static invalidTransition(status: ReferralStatus, what: string): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.INVALID_TRANSITION,
      `この紹介は現在「${REFERRAL_STATUS_LABELS[status]}」のため、${what}はできません。`,
      { currentStatus: status },
    );
  }

  static noPartnerScope(): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.NO_PARTNER_SCOPE,
      'このアカウントには所属する提携機関(支店)が設定されていないため、紹介を扱えません。管理者に連絡してください。',
    );
  }

  static forbiddenAction(what: string): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.FORBIDDEN_ACTION,
      `この紹介の${what}を行う権限がありません。`,
    );
  }

  static centerOnly(field: string): ReferralException {
    return new ReferralException(
      ReferralExceptionCode.CENTER_ONLY,
      'この項目はセンターの職員だけが閲覧できます。',
      { field },
    );
  }
}
