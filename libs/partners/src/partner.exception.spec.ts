import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { PartnerException } from './partner.exception';

describe('partner exceptions as API errors', () => {
  it('carries the field errors of invalid input and the current version of a conflict', () => {
    const fields = [{ field: 'input.name', message: '名称を入力してください。' }];
    expect(toApiError(PartnerException.invalidInput(fields)).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields,
    });
    expect(toApiError(PartnerException.staleVersion(4)).extensions).toMatchObject({
      code: ErrorCode.CONFLICT,
      reason: 'STALE_VERSION',
      currentVersion: 4,
    });
  });
});
