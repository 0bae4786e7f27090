import {
  BadUserInputError,
  ConflictError,
  DomainException,
  DomainExceptionFilter,
  FailedPreconditionError,
  ForbiddenError,
  NotFoundError,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';
import type { ChecklistItem } from './workflow/case-checklist';

export enum CaseExceptionCode {
  CASE_NOT_FOUND = 'CASE_NOT_FOUND',
  TASK_NOT_FOUND = 'TASK_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  STALE_VERSION = 'STALE_VERSION',
  NOT_INVOLVED = 'NOT_INVOLVED',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
  CASES_NOT_READABLE = 'CASES_NOT_READABLE',
  STAGE_REQUIREMENTS_MISSING = 'STAGE_REQUIREMENTS_MISSING',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  CASE_CLOSED = 'CASE_CLOSED',
  PEOPLE_EXCEED_REMAINING = 'PEOPLE_EXCEED_REMAINING',
  MATCH_ALREADY_HAS_CASE = 'MATCH_ALREADY_HAS_CASE',
  /** A follow-up recorded on a case that has not been established (成立) yet. */
  FOLLOW_UP_NOT_ALLOWED = 'FOLLOW_UP_NOT_ALLOWED',
  /** The follow-up settings changed since the administrator read them. */
  FOLLOW_UP_SETTINGS_STALE = 'FOLLOW_UP_SETTINGS_STALE',
}

/** What the case use cases refuse; `toCaseApiError` decides how the API shows it. */
export class CaseException extends DomainException<CaseExceptionCode> {
  static invalidInput(fields: FieldError[]): CaseException {
    return new CaseException(CaseExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }

  static notFound(id: string): CaseException {
    return new CaseException(CaseExceptionCode.CASE_NOT_FOUND, '指定された案件が見つかりません。', {
      caseId: id,
    });
  }

  /** A stale update: the caller gets the current state so the screen can show what changed. */
  static staleVersion(current: {
    version: number;
    stage: string;
    updatedAt: Date;
    updatedByUserId: string;
  }): CaseException {
    return new CaseException(
      CaseExceptionCode.STALE_VERSION,
      '他のユーザーが先にこの案件を更新しました。最新の内容を読み込み直してから、もう一度操作してください。',
      {
        currentVersion: current.version,
        currentStage: current.stage,
        updatedAt: current.updatedAt.toISOString(),
        updatedByUserId: current.updatedByUserId,
      },
    );
  }

  static requirementsMissing(message: string, missing: ChecklistItem[]): CaseException {
    return new CaseException(CaseExceptionCode.STAGE_REQUIREMENTS_MISSING, message, {
      missing: missing.map((item) => ({
        key: item.key,
        stage: item.stage,
        label: item.label,
        detail: item.detail,
      })),
    });
  }

  static invalidTransition(message: string, details: Record<string, unknown> = {}): CaseException {
    return new CaseException(CaseExceptionCode.INVALID_TRANSITION, message, details);
  }

  static closed(stage: string): CaseException {
    return new CaseException(CaseExceptionCode.CASE_CLOSED, 'この案件は終了しているため変更できません。', {
      stage,
    });
  }
}

/** The one place case errors become API errors; `extensions.reason` keeps the module's own code. */
export function toCaseApiError(exception: CaseException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case CaseExceptionCode.CASE_NOT_FOUND:
    case CaseExceptionCode.TASK_NOT_FOUND:
      return new NotFoundError(exception.message, extensions);
    case CaseExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case CaseExceptionCode.STALE_VERSION:
    case CaseExceptionCode.MATCH_ALREADY_HAS_CASE:
    case CaseExceptionCode.FOLLOW_UP_SETTINGS_STALE:
      return new ConflictError(exception.message, extensions);
    case CaseExceptionCode.NOT_INVOLVED:
    case CaseExceptionCode.NO_OFFICE_ASSIGNED:
    case CaseExceptionCode.CASES_NOT_READABLE:
      return new ForbiddenError(exception.message, extensions);
    case CaseExceptionCode.STAGE_REQUIREMENTS_MISSING:
    case CaseExceptionCode.INVALID_TRANSITION:
    case CaseExceptionCode.CASE_CLOSED:
    case CaseExceptionCode.PEOPLE_EXCEED_REMAINING:
    case CaseExceptionCode.FOLLOW_UP_NOT_ALLOWED:
      return new FailedPreconditionError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped case exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the case resolvers. */
export class CaseExceptionFilter extends DomainExceptionFilter(CaseException, toCaseApiError) {}
