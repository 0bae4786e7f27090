import { toApiError } from '@kakehashi/graphql-core';
import { IdentityException } from './identity.exception';

describe('identity exceptions as API errors', () => {
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
