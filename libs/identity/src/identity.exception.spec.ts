import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { IdentityException, IdentityExceptionCode } from './identity.exception';

describe('toApiError', () => {
  const cases: [IdentityException, ErrorCode][] = [
    [IdentityException.invalidCredentials(), ErrorCode.UNAUTHENTICATED],
    [IdentityException.loginRateLimited(125), ErrorCode.UNAUTHENTICATED],
    [IdentityException.sessionInvalid(), ErrorCode.UNAUTHENTICATED],
    [IdentityException.sessionExpired(), ErrorCode.UNAUTHENTICATED],
    [IdentityException.sessionEnded(), ErrorCode.UNAUTHENTICATED],
    [IdentityException.crossSiteRequest(), ErrorCode.FORBIDDEN],
    [IdentityException.cookieSessionRequired(), ErrorCode.FORBIDDEN],
    [IdentityException.bearerTokenRequired(), ErrorCode.FORBIDDEN],
    [
      IdentityException.invalidInput([{ field: 'input.name', message: '氏名を入力してください。' }]),
      ErrorCode.BAD_USER_INPUT,
    ],
    [IdentityException.emailTaken('a@example.jp'), ErrorCode.CONFLICT],
    [IdentityException.versionConflict(), ErrorCode.CONFLICT],
    [IdentityException.userNotFound(), ErrorCode.NOT_FOUND],
    [IdentityException.selfLockout('demote'), ErrorCode.FORBIDDEN],
  ];

  it('covers every exception code', () => {
    expect(new Set(cases.map(([e]) => e.code))).toEqual(new Set(Object.values(IdentityExceptionCode)));
  });

  it.each(cases)('maps %p to its error code, keeping the message and the reason', (exception, code) => {
    const error = toApiError(exception);
    expect(error.message).toBe(exception.message);
    expect(error.extensions).toMatchObject({ code, reason: exception.code });
  });

  it('tells a rate-limited user when to retry, in minutes and in seconds', () => {
    const error = toApiError(IdentityException.loginRateLimited(125));
    expect(error.message).toBe(
      'ログインの失敗が続いたため、一時的にログインを制限しています。約3分後に再度お試しください。',
    );
    expect(error.extensions).toMatchObject({ reason: 'LOGIN_RATE_LIMITED', retryAfterSeconds: 125 });
  });

  it('lists the bad fields of invalid input', () => {
    const error = toApiError(
      IdentityException.invalidInput([{ field: 'input.name', message: '氏名を入力してください。' }]),
    );
    expect(error.extensions['fields']).toEqual([
      { field: 'input.name', message: '氏名を入力してください。' },
    ]);
  });
});
