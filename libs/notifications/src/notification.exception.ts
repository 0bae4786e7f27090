import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum NotificationExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

/**
 * What the notification use cases refuse. Nothing here says
 * whether another user's notification exists: those ids are simply not the caller's rows.
 */
/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const NOTIFICATION_API_ERRORS: ApiErrorKinds<NotificationExceptionCode> = {
  [NotificationExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
};

export class NotificationException extends DomainException<NotificationExceptionCode> {
  protected readonly apiErrorKinds = NOTIFICATION_API_ERRORS;

  static invalidInput(fields: FieldError[]): NotificationException {
    return new NotificationException(
      NotificationExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }
}
