import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { NotificationException, NotificationExceptionCode } from './notification.exception';

describe('notification exceptions as API errors', () => {
  it('invalid input → BAD_USER_INPUT with the reason and field errors', () => {
    const fields = [{ field: 'ids', message: 'お知らせの指定が正しくありません。' }];
    const error = toApiError(NotificationException.invalidInput(fields));
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: NotificationExceptionCode.INVALID_INPUT,
      fields,
    });
    expect(error.message).toBe('入力内容に誤りがあります。');
  });
});
