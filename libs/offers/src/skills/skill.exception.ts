import { DomainException, ErrorCode, type ApiErrorKinds, type FieldError } from '@kakehashi/graphql-core';

export enum SkillExceptionCode {
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
}

export const SKILL_API_ERRORS: ApiErrorKinds<SkillExceptionCode> = {
  [SkillExceptionCode.SKILL_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [SkillExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [SkillExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
};

/** What the skills dictionary use cases refuse. */
export class SkillException extends DomainException<SkillExceptionCode> {
  protected readonly apiErrorKinds = SKILL_API_ERRORS;

  static invalidInput(fields: FieldError[]): SkillException {
    return new SkillException(SkillExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }
}
