import { DomainException, ErrorCode, type ApiErrorKinds, type FieldError } from '@kakehashi/graphql-core';

/** Stable reasons for the identity module's failures; sent to clients as `extensions.reason`. */
export enum IdentityExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  LOGIN_RATE_LIMITED = 'LOGIN_RATE_LIMITED',
  SESSION_INVALID = 'SESSION_INVALID',
  /** A browser's cookie session passed its idle or absolute limit. */
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  /** A cookie session that was signed out, replaced, or ended by a deactivation, role or password change. */
  SESSION_ENDED = 'SESSION_ENDED',
  /** A cookie-authenticated request (or a browser sign-in) that did not come from the API's own origin. */
  CROSS_SITE_REQUEST = 'CROSS_SITE_REQUEST',
  /** An operation for browsers' cookie sessions called with a bearer token, or the other way round. */
  COOKIE_SESSION_REQUIRED = 'COOKIE_SESSION_REQUIRED',
  BEARER_TOKEN_REQUIRED = 'BEARER_TOKEN_REQUIRED',
  INVALID_USER_INPUT = 'INVALID_USER_INPUT',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  USER_VERSION_CONFLICT = 'USER_VERSION_CONFLICT',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  SELF_LOCKOUT = 'SELF_LOCKOUT',
}

/** How the API shows each identity refusal; `extensions.reason` keeps the module's own code. */
export const IDENTITY_API_ERRORS: ApiErrorKinds<IdentityExceptionCode> = {
  [IdentityExceptionCode.INVALID_CREDENTIALS]: ErrorCode.UNAUTHENTICATED,
  [IdentityExceptionCode.LOGIN_RATE_LIMITED]: ErrorCode.UNAUTHENTICATED,
  [IdentityExceptionCode.SESSION_INVALID]: ErrorCode.UNAUTHENTICATED,
  [IdentityExceptionCode.SESSION_EXPIRED]: ErrorCode.UNAUTHENTICATED,
  [IdentityExceptionCode.SESSION_ENDED]: ErrorCode.UNAUTHENTICATED,
  [IdentityExceptionCode.CROSS_SITE_REQUEST]: ErrorCode.FORBIDDEN,
  [IdentityExceptionCode.COOKIE_SESSION_REQUIRED]: ErrorCode.FORBIDDEN,
  [IdentityExceptionCode.BEARER_TOKEN_REQUIRED]: ErrorCode.FORBIDDEN,
  [IdentityExceptionCode.INVALID_USER_INPUT]: ErrorCode.BAD_USER_INPUT,
  [IdentityExceptionCode.EMAIL_TAKEN]: ErrorCode.CONFLICT,
  [IdentityExceptionCode.USER_VERSION_CONFLICT]: ErrorCode.CONFLICT,
  [IdentityExceptionCode.USER_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [IdentityExceptionCode.SELF_LOCKOUT]: ErrorCode.FORBIDDEN,
};

/**
 * A failure of sign-in or user administration. Carries what a caller (GraphQL or the CLI) needs to explain it; the
 * table above decides the GraphQL error clients see.
 */
export class IdentityException extends DomainException<IdentityExceptionCode> {
  protected readonly apiErrorKinds = IDENTITY_API_ERRORS;

  /** Wrong e-mail, wrong password and deactivated account all read the same, so none can be told apart. */
  static invalidCredentials(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.INVALID_CREDENTIALS,
      'メールアドレスまたはパスワードが正しくありません。',
    );
  }

  static loginRateLimited(retryAfterSeconds: number): IdentityException {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new IdentityException(
      IdentityExceptionCode.LOGIN_RATE_LIMITED,
      `ログインの失敗が続いたため、一時的にログインを制限しています。約${minutes}分後に再度お試しください。`,
      { retryAfterSeconds },
    );
  }

  static sessionInvalid(expired = false): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.SESSION_INVALID,
      expired
        ? 'ログインの有効期限が切れました。もう一度ログインしてください。'
        : 'ログイン情報が無効です。もう一度ログインしてください。',
    );
  }

  static sessionExpired(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.SESSION_EXPIRED,
      'セッションの有効期限が切れました。もう一度ログインしてください。',
    );
  }

  static sessionEnded(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.SESSION_ENDED,
      'このセッションは終了しています。もう一度ログインしてください。',
    );
  }

  static crossSiteRequest(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.CROSS_SITE_REQUEST,
      '他のサイトからのリクエストは受け付けられません。架け橋の画面から操作してください。',
    );
  }

  static cookieSessionRequired(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.COOKIE_SESSION_REQUIRED,
      'この操作はブラウザーでログインしているときにのみ行えます。',
    );
  }

  static bearerTokenRequired(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.BEARER_TOKEN_REQUIRED,
      'ブラウザーでのログイン中はトークンを発行する操作を行えません。',
    );
  }

  static invalidInput(fields: FieldError[]): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.INVALID_USER_INPUT,
      '入力内容に誤りがあります。',
      // In `details` too: the CLI and the partner account rules read the fields from the exception.
      { fields },
      fields,
    );
  }

  static emailTaken(email: string): IdentityException {
    const fields = [{ field: 'input.email', message: 'このメールアドレスは既に登録されています。' }];
    // A conflict, not invalid input, yet the form shows it beside the e-mail field: the field goes in `extensions`.
    return new IdentityException(
      IdentityExceptionCode.EMAIL_TAKEN,
      `メールアドレス「${email}」は既に登録されています。`,
      { fields },
      fields,
    );
  }

  static versionConflict(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.USER_VERSION_CONFLICT,
      'このユーザーは他の人によって更新されました。最新の内容を読み込んでからやり直してください。',
    );
  }

  static userNotFound(): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.USER_NOT_FOUND,
      '指定されたユーザーが見つかりません。',
    );
  }

  static selfLockout(action: 'deactivate' | 'demote'): IdentityException {
    return new IdentityException(
      IdentityExceptionCode.SELF_LOCKOUT,
      action === 'deactivate'
        ? '自分自身のアカウントを無効にすることはできません。別の管理者に依頼してください。'
        : '自分自身の管理者ロールを外すことはできません。別の管理者に依頼してください。',
    );
  }
}
