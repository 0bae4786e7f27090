import {
  BadUserInputError,
  ConflictError,
  DomainException,
  DomainExceptionFilter,
  ForbiddenError,
  type ApiError,
  type FieldError,
} from '@kakehashi/graphql-core';

export enum StatisticsExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** A consultant asking for another office, a region or the whole country. */
  OUTSIDE_OFFICE_SCOPE = 'OUTSIDE_OFFICE_SCOPE',
  NO_OFFICE_ASSIGNED = 'NO_OFFICE_ASSIGNED',
  MONTH_ALREADY_CLOSED = 'MONTH_ALREADY_CLOSED',
  /** Closing a month is headquarters coordinators' act. */
  CLOSING_NOT_ALLOWED = 'CLOSING_NOT_ALLOWED',
}

/** What the statistics use cases refuse; `toStatisticsApiError` decides how the API shows it. */
export class StatisticsException extends DomainException<StatisticsExceptionCode> {
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

/** The one place statistics errors become API errors; `extensions.reason` keeps the module's own code. */
export function toStatisticsApiError(exception: StatisticsException): ApiError {
  const extensions = exception.extensions;
  switch (exception.code) {
    case StatisticsExceptionCode.INVALID_INPUT:
      return new BadUserInputError(exception.fields, exception.message, extensions);
    case StatisticsExceptionCode.OUTSIDE_OFFICE_SCOPE:
    case StatisticsExceptionCode.NO_OFFICE_ASSIGNED:
    case StatisticsExceptionCode.CLOSING_NOT_ALLOWED:
      return new ForbiddenError(exception.message, extensions);
    case StatisticsExceptionCode.MONTH_ALREADY_CLOSED:
      return new ConflictError(exception.message, extensions);
    default: {
      const unhandled: never = exception.code;
      throw new Error(`unmapped statistics exception code ${String(unhandled)}`);
    }
  }
}

/** Applied with @UseFilters on the statistics resolvers. */
export class StatisticsExceptionFilter extends DomainExceptionFilter(
  StatisticsException,
  toStatisticsApiError,
) {}
