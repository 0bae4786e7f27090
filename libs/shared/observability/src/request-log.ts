// What a request's log line says of the request and its response: enough to follow a request (id, method, path,
// status, size, client) and no more. pino-http's default copies every header both ways (about 2 KB a line, most of it
// the security headers every response carries), which the redaction then walks on every request. The credential
// headers stay in, so that their redaction is visible and tested, never their values.

/** The request as pino-http's standard serializer hands it over. */
interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, unknown>;
}

interface SerializedResponse {
  statusCode?: number;
  headers?: Record<string, unknown>;
}

const REQUEST_HEADERS = ['content-length', 'user-agent', 'authorization', 'cookie'] as const;
const RESPONSE_HEADERS = ['content-length', 'set-cookie'] as const;

function pick(
  headers: Record<string, unknown> | undefined,
  names: readonly string[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of names) if (headers?.[name] !== undefined) kept[name] = headers[name];
  return kept;
}

export function requestForLog(req: SerializedRequest): Record<string, unknown> {
  return {
    id: req.id,
    method: req.method,
    // The path only: a query string can carry what was searched for.
    url: req.url?.split('?')[0],
    remoteAddress: req.remoteAddress,
    headers: pick(req.headers, REQUEST_HEADERS),
  };
}

export function responseForLog(res: SerializedResponse): Record<string, unknown> {
  return { statusCode: res.statusCode, headers: pick(res.headers, RESPONSE_HEADERS) };
}
