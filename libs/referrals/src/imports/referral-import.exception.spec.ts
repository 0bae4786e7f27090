import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { ReferralImportException } from './referral-import.exception';

describe('bulk upload exceptions as API errors', () => {
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
