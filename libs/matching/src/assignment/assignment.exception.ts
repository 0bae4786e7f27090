import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum AssignmentExceptionCode {
  RUN_NOT_FOUND = 'RUN_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  RUN_NOT_CANCELLABLE = 'RUN_NOT_CANCELLABLE',
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const ASSIGNMENT_API_ERRORS: ApiErrorKinds<AssignmentExceptionCode> = {
  [AssignmentExceptionCode.RUN_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [AssignmentExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [AssignmentExceptionCode.RUN_NOT_CANCELLABLE]: ErrorCode.CONFLICT,
  [AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [AssignmentExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
};

/** What the batch assignment use cases refuse. */
export class AssignmentException extends DomainException<AssignmentExceptionCode> {
  protected readonly apiErrorKinds = ASSIGNMENT_API_ERRORS;

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
