import { DomainException, ErrorCode, type ApiErrorKinds, type FieldError } from '@kakehashi/graphql-core';
import type { RuleFinding } from './shared/rule-finding';

export enum JobcardExceptionCode {
  INVALID_INPUT = 'INVALID_INPUT',
  /** A sheet, plan or estimate that does not exist, or that the caller may not know of. */
  NOT_FOUND = 'NOT_FOUND',
  /** The caller's role or office may not work this person's Job Card records. */
  NOT_IN_SCOPE = 'NOT_IN_SCOPE',
  /** Changed by someone else since the caller read it. */
  STALE_VERSION = 'STALE_VERSION',
  /** A rule of the seeds blocks the step (an evaluation issued with flagged ratings unexplained, …). */
  RULES_NOT_MET = 'RULES_NOT_MET',
}

/** How the API shows each of the module's refusals; `extensions.reason` keeps the module's own code. */
export const JOBCARD_API_ERRORS: ApiErrorKinds<JobcardExceptionCode> = {
  [JobcardExceptionCode.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [JobcardExceptionCode.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [JobcardExceptionCode.NOT_IN_SCOPE]: ErrorCode.FORBIDDEN,
  [JobcardExceptionCode.STALE_VERSION]: ErrorCode.CONFLICT,
  [JobcardExceptionCode.RULES_NOT_MET]: ErrorCode.FAILED_PRECONDITION,
};

/** What the Job Card use cases refuse. A refusal names what was refused and why, never the record's data. */
export class JobcardException extends DomainException<JobcardExceptionCode> {
  protected readonly apiErrorKinds = JOBCARD_API_ERRORS;

  static invalidInput(fields: FieldError[]): JobcardException {
    return new JobcardException(JobcardExceptionCode.INVALID_INPUT, '入力内容に誤りがあります。', {}, fields);
  }

  static notFound(what: string): JobcardException {
    return new JobcardException(JobcardExceptionCode.NOT_FOUND, `指定された${what}が見つかりません。`);
  }

  static notInScope(what: string): JobcardException {
    return new JobcardException(
      JobcardExceptionCode.NOT_IN_SCOPE,
      `この${what}は担当事務所のコンサルタントと本部のみが扱えます。`,
    );
  }

  static staleVersion(what: string): JobcardException {
    return new JobcardException(
      JobcardExceptionCode.STALE_VERSION,
      `${what}はほかの利用者が先に更新しました。最新の内容を読み込んでからやり直してください。`,
    );
  }

  /**
   * The rule errors that block, each as a field error in Japanese with its rule (the seeds' wording). FAILED_PRECONDITION
   * answers carry no field errors, so the findings also go out in `extensions.findings` (code, field, message, rule).
   */
  static rulesNotMet(message: string, findings: readonly RuleFinding[]): JobcardException {
    const errors = findings.filter((finding) => finding.severity === 'ERROR');
    return new JobcardException(
      JobcardExceptionCode.RULES_NOT_MET,
      message,
      {
        findings: errors.map(({ code, field, message: text, rule, seed }) => ({
          code,
          field,
          message: text,
          rule,
          seed,
        })),
      },
      errors.map((finding) => ({ field: finding.field ?? 'input', message: finding.message })),
    );
  }
}
