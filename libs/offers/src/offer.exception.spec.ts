import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { OfferException } from './offer.exception';
import { SkillException } from './skills/skill.exception';

describe('offer and skill exceptions as API errors', () => {
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
});
