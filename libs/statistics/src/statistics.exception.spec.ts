import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { StatisticsException } from './statistics.exception';

describe('statistics exceptions as API errors', () => {
  it('carries the field errors of invalid input and when a closed month was closed', () => {
    const fields = [{ field: 'yearMonth', message: '締める月を YYYY-MM(例: 2023-02)で指定してください。' }];
    expect(toApiError(StatisticsException.invalidInput(fields)).extensions).toMatchObject({
      fields,
    });
    const closedAt = new Date('2023-03-01T00:00:00Z');
    expect(
      toApiError(StatisticsException.alreadyClosed('2023-02', '2023年2月', closedAt)).extensions,
    ).toMatchObject({
      code: ErrorCode.CONFLICT,
      reason: 'MONTH_ALREADY_CLOSED',
      closedAt: closedAt.toISOString(),
    });
  });
});
