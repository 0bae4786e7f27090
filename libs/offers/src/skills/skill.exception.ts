import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';
import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

export enum SkillExceptionCode {
  SKILL_NOT_FOUND = 'SKILL_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
}

/** What the skills dictionary use cases refuse; `toSkillApiError` decides how the API shows it. */
export class SkillException extends Error {
  constructor(
    readonly code: SkillExceptionCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'SkillException';
  }

  static invalidInput(fields: FieldError[]): SkillException {
    return new SkillException(SkillExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }
}

export function toSkillApiError(exception: SkillException): ApiError {
  const extensions = { ...exception.details, reason: exception.code };
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

@Catch(SkillException)
export class SkillExceptionFilter implements GqlExceptionFilter {
  catch(exception: SkillException): ApiError {
    return toSkillApiError(exception);
  }
}
