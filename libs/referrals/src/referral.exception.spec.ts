import { toApiError } from '@kakehashi/graphql-core';
import { ReferralStatus } from './referral-enums';
import { ReferralException } from './referral.exception';

describe('referral exceptions as API errors', () => {
  it('names the current status in Japanese when a transition is not allowed', () => {
    const error = toApiError(ReferralException.invalidTransition(ReferralStatus.SUBMITTED, '受付'));
    expect(error.message).toBe('この紹介は現在「提出済み」のため、受付はできません。');
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', currentStatus: 'SUBMITTED' });
  });

  it('gives a stale write the current version and status', () => {
    const error = toApiError(
      ReferralException.staleVersion({ version: 5, status: ReferralStatus.FORWARDED }),
    );
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 5,
      currentStatus: 'FORWARDED',
    });
  });
});
