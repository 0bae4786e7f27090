import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { ReferralImportException, ReferralImportExceptionCode } from './referral-import.exception';

describe('bulk upload exceptions as API errors', () => {
  const expected: Record<ReferralImportExceptionCode, ErrorCode> = {
    NO_PARTNER_SCOPE: ErrorCode.FORBIDDEN,
    IMPORT_NOT_FOUND: ErrorCode.NOT_FOUND,
    UNREADABLE_FILE: ErrorCode.BAD_USER_INPUT,
    FILE_EMPTY: ErrorCode.BAD_USER_INPUT,
    FILE_TOO_LARGE: ErrorCode.BAD_USER_INPUT,
    UNSUPPORTED_FILE_TYPE: ErrorCode.BAD_USER_INPUT,
    UNSUPPORTED_ENCODING: ErrorCode.BAD_USER_INPUT,
    INVALID_HEADINGS: ErrorCode.BAD_USER_INPUT,
    NO_DATA_ROWS: ErrorCode.BAD_USER_INPUT,
    TOO_MANY_ROWS: ErrorCode.BAD_USER_INPUT,
    INVALID_ROWS: ErrorCode.BAD_USER_INPUT,
  };

  it.each(Object.values(ReferralImportExceptionCode))('%s keeps its reason and details', (code) => {
    const error = toApiError(new ReferralImportException(code, 'メッセージ', { importId: 'x' }));
    expect(error.extensions).toMatchObject({ code: expected[code], reason: code, importId: 'x' });
    expect(error.message).toBe('メッセージ');
  });

  it('carries every row error of a refused import in its extensions', () => {
    const rowErrors = [{ rowNumber: 3, column: '職種', message: '対象の職種を入力してください。' }];
    const error = toApiError(ReferralImportException.invalidRows('1件の誤り', rowErrors, 1));
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'INVALID_ROWS',
      rowErrors,
      errorCount: 1,
      fields: [{ field: 'file', message: '1件の誤り' }],
    });
  });
});
