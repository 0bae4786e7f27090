import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { TalentBankException } from './talent-bank.exception';

describe('talent bank exceptions as API errors', () => {
  it('states an eligibility refusal in one sentence per reason, each also on its field', () => {
    const fields = [
      { field: 'input.dateOfBirth', message: '登録日時点で59歳のため登録できません。' },
      { field: 'input.leftJobOn', message: '離職日から1年を超えています。' },
    ];
    const error = toApiError(TalentBankException.notEligible(fields));
    expect(error.message).toBe(
      'キャリア人材バンクの登録対象外です。登録日時点で59歳のため登録できません。離職日から1年を超えています。',
    );
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'NOT_ELIGIBLE',
      fields,
    });
  });
});
