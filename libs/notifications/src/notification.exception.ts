import {
  BadUserInputError,
  DomainException,
  DomainExceptionFilter,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum NotificationExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
}

/**
 * What the notification use cases refuse; `toNotificationApiError` decides how the API shows it. Nothing here says
 * whether another user's notification exists: those ids are simply not the caller's rows.
 */
export class NotificationException extends DomainException<NotificationExceptionCode> {
  static invalidInput(fields: FieldError[]): NotificationException {
    return new NotificationException(
      NotificationExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }
}

/** The one place notification errors become API errors; `extensions.reason` keeps the module's own code. */
export function toNotificationApiError(exception: NotificationException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case NotificationExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped notification exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the notification resolvers. */
export class NotificationExceptionFilter extends DomainExceptionFilter(
  NotificationException,
  toNotificationApiError,
) {}
