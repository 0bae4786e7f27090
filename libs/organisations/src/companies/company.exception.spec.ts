import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { CompanyException, CompanyExceptionCode } from './company.exception';

const expected: Record<CompanyExceptionCode, ErrorCode> = {
  [CompanyExceptionCode.COMPANY_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [CompanyExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [CompanyExceptionCode.CORPORATE_NUMBER_TAKEN]: ErrorCode.CONFLICT,
  [CompanyExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [CompanyExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [CompanyExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
};

describe('toApiError', () => {
  it.each(Object.values(CompanyExceptionCode))(
    'maps %s to its API code, keeping the message and the reason',
    (code) => {
      const error = toApiError(new CompanyException(code, '日本語の説明', { currentVersion: 3 }));
      expect(error.message).toBe('日本語の説明');
      expect(error.extensions).toMatchObject({ code: expected[code], reason: code, currentVersion: 3 });
    },
  );

  it('passes field errors through for invalid input', () => {
    const fields = [{ field: 'input.legalName', message: '会社名(法人名)を入力してください' }];
    expect(toApiError(CompanyException.invalidInput(fields)).extensions['fields']).toEqual(fields);
  });
});
