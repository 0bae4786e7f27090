import type { FieldError } from './api-errors';
import { ErrorCode } from './error-code';

/** How a refusal shows in the API: every `extensions.code` but the internal error, which no refusal is. */
export type ApiErrorKind = Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>;

/** A module's table from each of its codes to the API error kind clients see; exhaustive by type. */
export type ApiErrorKinds<Code extends string> = Readonly<Record<Code, ApiErrorKind>>;

/**
 * What a domain module's use cases refuse, in the module's own terms: a stable code from the module's enum, a
 * Japanese message, facts for clients (ids, versions) and field errors. Each module's subclass carries the table of
 * its codes' API error kinds (`apiErrorKinds`), and the application's one filter (`ApiErrorsFilter`) turns any of
 * them into the API error, in every resolver and field resolver alike.
 */
export abstract class DomainException<Code extends string> extends Error {
  /** The module's table: which API error each of its codes becomes. */
  protected abstract readonly apiErrorKinds: ApiErrorKinds<Code>;

  constructor(
    readonly code: Code,
    message: string,
    /** Extra facts for clients (existingCompanyId, currentVersion, …). */
    readonly details: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The API error kind of this refusal, from the module's table. */
  get apiErrorKind(): ApiErrorKind {
    return this.apiErrorKinds[this.code];
  }

  /** `extensions` of the API error: the details, plus the module's code as `reason`. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, reason: this.code };
  }
}
