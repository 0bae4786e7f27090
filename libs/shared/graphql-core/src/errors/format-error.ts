import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes for requests that never reached a resolver; their messages carry no internals. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Japanese messages for Apollo's request errors, whose own messages are graphql-js's English. */
const REQUEST_ERROR_MESSAGES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'クエリの構文が正しくありません。',
  GRAPHQL_VALIDATION_FAILED: 'クエリがAPIの定義に合っていません。',
  BAD_REQUEST: 'リクエストの形式が正しくありません。',
};

/**
 * Refusals (who may not, or what does not exist) say what was refused and why, never the record refused: whatever a
 * module put in their extensions, only these keys reach the caller.
 */
const REFUSAL_CODES = new Set<string>([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]);
const REFUSAL_EXTENSION_KEYS = new Set(['code', 'reason', 'fields', 'retryAfterSeconds']);

const JAPANESE = /[ぁ-んァ-ン一-龥]/;

/**
 * The last stop of every GraphQL error. Known codes pass with their (Japanese) messages; anything else becomes a
 * generic INTERNAL_SERVER_ERROR with no stack trace or SQL, unless `exposeDetails` (development) is on.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  exposeDetails: boolean,
  report: (error: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (REFUSAL_CODES.has(code)) return refusal(formatted);
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return withoutStack(formatted);
  }
  if (APOLLO_REQUEST_CODES.has(code)) {
    return inJapanese(withoutStack(formatted), code);
  }
  report(formatted);
  return {
    message: 'サーバーで問題が発生しました。時間をおいて再度お試しください。',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(exposeDetails
        ? { detail: formatted.message, stacktrace: formatted.extensions?.['stacktrace'] }
        : {}),
    },
  };
}

function refusal(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => REFUSAL_EXTENSION_KEYS.has(key)),
  );
  return { ...formatted, extensions };
}

/** graphql-js's English message moves to `detail` (it helps a developer); the caller reads Japanese. */
function inJapanese(formatted: GraphQLFormattedError, code: string): GraphQLFormattedError {
  const message = REQUEST_ERROR_MESSAGES[code];
  if (!message || JAPANESE.test(formatted.message)) return formatted;
  return { ...formatted, message, extensions: { ...formatted.extensions, detail: formatted.message } };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
