import { DomainException, ErrorCode, type ApiErrorKinds } from '@kakehashi/graphql-core';

/** Stable codes (`extensions.reason`) of the bulk upload's refusals; clients may rely on them. Never rename one. */
export enum ReferralImportExceptionCode {
  /** A partner account without its institution. */
  NO_PARTNER_SCOPE = 'NO_PARTNER_SCOPE',
  IMPORT_NOT_FOUND = 'IMPORT_NOT_FOUND',
  /** The upload is not Base64, or the .xlsx or CSV cannot be read. */
  UNREADABLE_FILE = 'UNREADABLE_FILE',
  FILE_EMPTY = 'FILE_EMPTY',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** Neither a CSV nor an .xlsx file (by name and content). */
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  /** A CSV in neither UTF-8 nor Shift_JIS. */
  UNSUPPORTED_ENCODING = 'UNSUPPORTED_ENCODING',
  /** Missing, unknown or repeated column headings; `extensions` lists each. */
  INVALID_HEADINGS = 'INVALID_HEADINGS',
  NO_DATA_ROWS = 'NO_DATA_ROWS',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  /** Rows with errors: `extensions.rowErrors` (rowNumber, column, message), `extensions.errorCount`. */
  INVALID_ROWS = 'INVALID_ROWS',
}

/** The upload's field in the GraphQL input, for the field-level errors. */
const FILE_FIELD = 'file';

/** One problem of one row; `rowNumber` is the row as Excel shows it (the heading row is 1). */
export interface ReferralImportRowError {
  rowNumber: number;
  /** The column heading, as in the template; null for a problem of the whole row. */
  column: string | null;
  message: string;
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const REFERRAL_IMPORT_API_ERRORS: ApiErrorKinds<ReferralImportExceptionCode> = {
  [ReferralImportExceptionCode.NO_PARTNER_SCOPE]: ErrorCode.FORBIDDEN,
  [ReferralImportExceptionCode.IMPORT_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [ReferralImportExceptionCode.UNREADABLE_FILE]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.FILE_EMPTY]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.FILE_TOO_LARGE]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.UNSUPPORTED_FILE_TYPE]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.UNSUPPORTED_ENCODING]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.INVALID_HEADINGS]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.NO_DATA_ROWS]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.TOO_MANY_ROWS]: ErrorCode.BAD_USER_INPUT,
  [ReferralImportExceptionCode.INVALID_ROWS]: ErrorCode.BAD_USER_INPUT,
};

/** What the bulk upload refuses. */
export class ReferralImportException extends DomainException<ReferralImportExceptionCode> {
  protected readonly apiErrorKinds = REFERRAL_IMPORT_API_ERRORS;

  /** A refusal of the file as a whole: one clear message, on the `file` field. */
  static file(
    code: Exclude<
      ReferralImportExceptionCode,
      | ReferralImportExceptionCode.NO_PARTNER_SCOPE
      | ReferralImportExceptionCode.IMPORT_NOT_FOUND
      | ReferralImportExceptionCode.INVALID_ROWS
    >,
    message: string,
    details: Record<string, unknown> = {},
  ): ReferralImportException {
    return new ReferralImportException(code, message, details, [{ field: FILE_FIELD, message }]);
  }

  static invalidRows(
    summary: string,
    rowErrors: ReferralImportRowError[],
    errorCount: number,
  ): ReferralImportException {
    return new ReferralImportException(
      ReferralImportExceptionCode.INVALID_ROWS,
      summary,
      { rowErrors, errorCount },
      [{ field: FILE_FIELD, message: summary }],
    );
  }

  static noPartnerScope(): ReferralImportException {
    return new ReferralImportException(
      ReferralImportExceptionCode.NO_PARTNER_SCOPE,
      'このアカウントには所属する提携機関が設定されていないため、紹介の一括登録を行えません。管理者に連絡してください。',
    );
  }

  /** The same answer whether the import does not exist or belongs to another institution. */
  static notFound(id: string): ReferralImportException {
    return new ReferralImportException(
      ReferralImportExceptionCode.IMPORT_NOT_FOUND,
      '指定された一括登録が見つかりません。',
      { importId: id },
    );
  }
}
