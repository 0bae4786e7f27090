/** The stable `extensions.code` values clients may rely on. Never rename one. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** The operation is valid, but the state it needs is not there yet (e.g. a stage's required items are missing). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
