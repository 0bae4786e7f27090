import { ErrorCode, toApiError } from '@kakehashi/graphql-core';
import { TalentBankException, TalentBankExceptionCode } from './talent-bank.exception';

describe('talent bank exceptions as API errors', () => {
  it.each([
    [TalentBankExceptionCode.INVALID_INPUT, ErrorCode.BAD_USER_INPUT],
    [TalentBankExceptionCode.NOT_ELIGIBLE, ErrorCode.BAD_USER_INPUT],
    [TalentBankExceptionCode.RECORD_NOT_FOUND, ErrorCode.NOT_FOUND],
    [TalentBankExceptionCode.STALE_VERSION, ErrorCode.CONFLICT],
    [TalentBankExceptionCode.OUTSIDE_OFFICE, ErrorCode.FORBIDDEN],
    [TalentBankExceptionCode.NO_OFFICE_ASSIGNED, ErrorCode.FORBIDDEN],
    [TalentBankExceptionCode.REGISTRATION_CLOSED, ErrorCode.FAILED_PRECONDITION],
    [TalentBankExceptionCode.NOT_OPEN_TO_HIRING, ErrorCode.FAILED_PRECONDITION],
    [TalentBankExceptionCode.OFFER_CLOSED, ErrorCode.FAILED_PRECONDITION],
  ])('%s → %s, keeping the reason and details', (code, apiCode) => {
    const error = toApiError(new TalentBankException(code, 'メッセージ', { currentVersion: 3 }));
    expect(error.extensions).toMatchObject({ code: apiCode, reason: code, currentVersion: 3 });
    expect(error.message).toBe('メッセージ');
  });

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
