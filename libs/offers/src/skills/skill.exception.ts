import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  DomainException,
  DomainExceptionFilter,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum SkillExceptionCode {
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
}

/** What the skills dictionary use cases refuse; `toSkillApiError` decides how the API shows it. */
export class SkillException extends DomainException<SkillExceptionCode> {
  static invalidInput(fields: FieldError[]): SkillException {
    return new SkillException(SkillExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }
}

export function toSkillApiError(exception: SkillException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case SkillExceptionCode.SKILL_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case SkillExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case SkillExceptionCode.STALE_VERSION:
      return new ConflictError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped skill exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the skill resolvers. */
export class SkillExceptionFilter extends DomainExceptionFilter(SkillException, toSkillApiError) {}
