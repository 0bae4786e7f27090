import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/** One invalid input field: its path in the input (e.g. `input.corporateNumber`) and a Japanese message. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Errors the API shows to users. Messages are Japanese and safe to display; `reason` is a module's own stable code
 * (e.g. CORPORATE_NUMBER_TAKEN) for clients that need to tell cases apart.
 */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'ログインが必要です。', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.UNAUTHENTICATED, message, extensions);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = 'この操作を行う権限がありません。', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, extensions);
  }
}

export class BadUserInputError extends ApiError {
  constructor(
    fields: FieldError[],
    message = '入力内容に誤りがあります。',
    extensions: Record<string, unknown> = {},
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...extensions, fields });
  }
}

export class NotFoundError extends ApiError {
  constructor(message = '指定されたデータが見つかりません。', extensions: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, extensions);
  }
}

export class ConflictError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extensions);
  }
}

/** Refused because something the process requires is missing; `extensions.missing` names each item. */
export class FailedPreconditionError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.FAILED_PRECONDITION, message, extensions);
  }
}

export class InternalServerError extends ApiError {
  constructor() {
    super(ErrorCode.INTERNAL_SERVER_ERROR, 'サーバーで問題が発生しました。時間をおいて再度お試しください。');
  }
}
