import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  DomainException,
  DomainExceptionFilter,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum AssignmentExceptionCode {
  RUN_NOT_FOUND = 'RUN_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  RUN_NOT_CANCELLABLE = 'RUN_NOT_CANCELLABLE',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** What the batch assignment use cases refuse; `toAssignmentApiError` decides how the API shows it. */
export class AssignmentException extends DomainException<AssignmentExceptionCode> {
  static invalidInput(fields: FieldError[]): AssignmentException {
    return new AssignmentException(
      AssignmentExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }

  static runNotFound(runId: string): AssignmentException {
    return new AssignmentException(
      AssignmentExceptionCode.RUN_NOT_FOUND,
      '指定された一括マッチングの実行が見つかりません。',
      { runId },
    );
  }
}

/** The one place batch assignment errors become API errors; `extensions.reason` keeps the module's own code. */
export function toAssignmentApiError(exception: AssignmentException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case AssignmentExceptionCode.RUN_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case AssignmentExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case AssignmentExceptionCode.RUN_NOT_CANCELLABLE:
      return new ConflictError(exception.message, extensions);
    case AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE:
    case AssignmentExceptionCode.NO_OFFICE_ASSIGNED:
      return new ForbiddenError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped assignment exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the assignment resolvers. */
export class AssignmentExceptionFilter extends DomainExceptionFilter(
  AssignmentException,
  toAssignmentApiError,
) {}
