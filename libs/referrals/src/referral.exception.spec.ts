import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { ReferralStatus } from './referral-enums';
import { ReferralException, ReferralExceptionCode } from './referral.exception';

describe('referral exceptions as API errors', () => {
  it.each([
    [ReferralExceptionCode.REFERRAL_NOT_FOUND, ErrorCode.NOT_FOUND],
    [ReferralExceptionCode.INVALID_INPUT, ErrorCode.BAD_USER_INPUT],
    [ReferralExceptionCode.OUTCOME_CASE_INVALID, ErrorCode.BAD_USER_INPUT],
    [ReferralExceptionCode.STALE_VERSION, ErrorCode.CONFLICT],
    [ReferralExceptionCode.INVALID_TRANSITION, ErrorCode.FAILED_PRECONDITION],
    [ReferralExceptionCode.NO_PARTNER_SCOPE, ErrorCode.FORBIDDEN],
    [ReferralExceptionCode.FORBIDDEN_ACTION, ErrorCode.FORBIDDEN],
    [ReferralExceptionCode.CENTER_ONLY, ErrorCode.FORBIDDEN],
  ])('%s → %s, keeping the reason and details', (code, apiCode) => {
    const error = toApiError(new ReferralException(code, 'メッセージ', { currentVersion: 3 }));
    expect(error.extensions).toMatchObject({ code: apiCode, reason: code, currentVersion: 3 });
    expect(error.message).toBe('メッセージ');
  });

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
