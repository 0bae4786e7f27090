import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { PartnerException, PartnerExceptionCode } from './partner.exception';

describe('partner exceptions as API errors', () => {
  it.each([
    [PartnerExceptionCode.PARTNER_RECORD_NOT_FOUND, ErrorCode.NOT_FOUND],
    [PartnerExceptionCode.INVALID_INPUT, ErrorCode.BAD_USER_INPUT],
    [PartnerExceptionCode.STALE_VERSION, ErrorCode.CONFLICT],
    [PartnerExceptionCode.AGREEMENT_ALREADY_ENDED, ErrorCode.CONFLICT],
    [PartnerExceptionCode.NO_PARTNER_INSTITUTION, ErrorCode.FORBIDDEN],
  ])('%s → %s, keeping the reason and details', (code, apiCode) => {
    const error = toApiError(new PartnerException(code, 'メッセージ', { currentVersion: 3 }));
    expect(error.extensions).toMatchObject({ code: apiCode, reason: code, currentVersion: 3 });
    expect(error.message).toBe('メッセージ');
  });

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
