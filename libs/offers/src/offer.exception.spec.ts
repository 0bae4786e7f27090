import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { OfferException, OfferExceptionCode } from './offer.exception';
import { SkillException, SkillExceptionCode } from './skills/skill.exception';

describe('offer and skill exceptions as API errors', () => {
  it.each([
    [OfferExceptionCode.OFFER_NOT_FOUND, ErrorCode.NOT_FOUND],
    [OfferExceptionCode.INVALID_INPUT, ErrorCode.BAD_USER_INPUT],
    [OfferExceptionCode.STALE_VERSION, ErrorCode.CONFLICT],
    [OfferExceptionCode.OUTSIDE_OFFICE_SCOPE, ErrorCode.FORBIDDEN],
    [OfferExceptionCode.NO_OFFICE_ASSIGNED, ErrorCode.FORBIDDEN],
  ])('%s → %s, keeping the reason and details', (code, apiCode) => {
    const error = toApiError(new OfferException(code, 'メッセージ', { currentVersion: 3 }));
    expect(error.extensions).toMatchObject({ code: apiCode, reason: code, currentVersion: 3 });
    expect(error.message).toBe('メッセージ');
  });

  it('carries the field errors of invalid input', () => {
    const fields = [{ field: 'input.peopleCount', message: '人数は1以上で入力してください。' }];
    expect(toApiError(OfferException.invalidInput(fields)).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields,
    });
    expect(toApiError(SkillException.invalidInput(fields)).extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields,
    });
  });

  it.each([
    [SkillExceptionCode.SKILL_NOT_FOUND, ErrorCode.NOT_FOUND],
    [SkillExceptionCode.STALE_VERSION, ErrorCode.CONFLICT],
  ])('skill %s → %s', (code, apiCode) => {
    expect(toApiError(new SkillException(code, 'x')).extensions).toMatchObject({
      code: apiCode,
      reason: code,
    });
  });
});
