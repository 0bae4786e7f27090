import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';
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

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const CASE_API_ERRORS: ApiErrorKinds<CaseExceptionCode> = {
  [CaseExceptionCode.CASE_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [CaseExceptionCode.TASK_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [CaseExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [CaseExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [CaseExceptionCode.MATCH_ALREADY_HAS_CASE]: ErrorCode.CONFLICT,
  [CaseExceptionCode.FOLLOW_UP_SETTINGS_STALE]: ErrorCode.CONFLICT,
  [CaseExceptionCode.NOT_INVOLVED]: ErrorCode.FORBIDDEN,
  [CaseExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
  [CaseExceptionCode.CASES_NOT_READABLE]: ErrorCode.FORBIDDEN,
  [CaseExceptionCode.STAGE_REQUIREMENTS_MISSING]: ErrorCode.FAILED_PRECONDITION,
  [CaseExceptionCode.INVALID_TRANSITION]: ErrorCode.FAILED_PRECONDITION,
  [CaseExceptionCode.CASE_CLOSED]: ErrorCode.FAILED_PRECONDITION,
  [CaseExceptionCode.PEOPLE_EXCEED_REMAINING]: ErrorCode.FAILED_PRECONDITION,
  [CaseExceptionCode.FOLLOW_UP_NOT_ALLOWED]: ErrorCode.FAILED_PRECONDITION,
};

/** What the case use cases refuse. */
export class CaseException extends DomainException<CaseExceptionCode> {
  protected readonly apiErrorKinds = CASE_API_ERRORS;

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
