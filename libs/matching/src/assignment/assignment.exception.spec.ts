import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { AssignmentException, AssignmentExceptionCode } from './assignment.exception';

describe('toApiError', () => {
  it.each([
    [AssignmentExceptionCode.RUN_NOT_FOUND, ErrorCode.NOT_FOUND],
    [AssignmentExceptionCode.INVALID_INPUT, ErrorCode.BAD_USER_INPUT],
    [AssignmentExceptionCode.RUN_NOT_CANCELLABLE, ErrorCode.CONFLICT],
    [AssignmentExceptionCode.OUTSIDE_OFFICE_SCOPE, ErrorCode.FORBIDDEN],
    [AssignmentExceptionCode.NO_OFFICE_ASSIGNED, ErrorCode.FORBIDDEN],
  ])('shows %s as %s, keeping the reason and the details', (code, expected) => {
    const error = toApiError(new AssignmentException(code, '説明', { runId: 'r1' }));
    expect(error.message).toBe('説明');
    expect(error.extensions).toMatchObject({ code: expected, reason: code, runId: 'r1' });
  });

  it('lists the invalid fields', () => {
    const fields = [{ field: 'input.region', message: '地域を指定してください。' }];
    expect(toApiError(AssignmentException.invalidInput(fields)).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields,
    });
  });
});
