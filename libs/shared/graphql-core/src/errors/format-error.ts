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
  if (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return withoutStack(formatted);
  }
  if (APOLLO_REQUEST_CODES.has(code)) {
    return withoutStack(formatted);
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

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
