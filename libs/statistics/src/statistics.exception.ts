import { DomainException, type FieldError, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

export enum StatisticsExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** A consultant asking for another office, a region or the whole country. */
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
  MONTH_ALREADY_CLOSED = 'MONTH_ALREADY_CLOSED',
  /** Closing a month is headquarters coordinators' act. */
  CLOSING_NOT_ALLOWED = 'CLOSING_NOT_ALLOWED',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const STATISTICS_API_ERRORS: ApiErrorKinds<StatisticsExceptionCode> = {
  [StatisticsExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE]: ErrorCode.FORBIDDEN,
  [StatisticsExceptionCode.NO_OFFICE_ASSIGNED]: ErrorCode.FORBIDDEN,
  [StatisticsExceptionCode.CLOSING_NOT_ALLOWED]: ErrorCode.FORBIDDEN,
  [StatisticsExceptionCode.MONTH_ALREADY_CLOSED]: ErrorCode.CONFLICT,
};

/** What the statistics use cases refuse. */
export class StatisticsException extends DomainException<StatisticsExceptionCode> {
  protected readonly apiErrorKinds = STATISTICS_API_ERRORS;

  static invalidInput(fields: FieldError[]): StatisticsException {
    return new StatisticsException(
      StatisticsExceptionCode.INVALID_INPUT,
      '入力内容に誤りがあります。',
      {},
      fields,
    );
  }

  static outsideOfficeScope(): StatisticsException {
    return new StatisticsException(
      StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE,
      'コンサルタントが参照できるのは所属事務所の統計のみです。他の事務所・地域・全国の統計は参照できません。',
    );
  }

  static noOffice(): StatisticsException {
    return new StatisticsException(
      StatisticsExceptionCode.NO_OFFICE_ASSIGNED,
      '所属事務所が設定されていないため、統計を参照できません。管理者に連絡してください。',
    );
  }

  static closingNotAllowed(): StatisticsException {
    return new StatisticsException(
      StatisticsExceptionCode.CLOSING_NOT_ALLOWED,
      '月の締めは本部コーディネーターのみが行えます。',
    );
  }

  static alreadyClosed(yearMonth: string, label: string, closedAt: Date): StatisticsException {
    return new StatisticsException(
      StatisticsExceptionCode.MONTH_ALREADY_CLOSED,
      `${label}は既に締められています。`,
      { yearMonth, closedAt: closedAt.toISOString() },
    );
  }
}
