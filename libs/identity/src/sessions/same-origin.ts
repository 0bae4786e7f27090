/** What the check reads of an Express request (`protocol` and `host` follow the app's `trust proxy`). */
export interface OriginFacts {
  headers: Record<string, string | string[] | undefined>;
  protocol: string;
  host?: string;
}

/**
 * Whether a request comes from a page of the API's own origin, the condition for every request a cookie
 * authenticates (a browser attaches the cookie to requests other sites make it send) and for a browser's sign-in.
 *
 * - `Origin`, when present, must be exactly this request's own scheme://host[:port];
 * - without it, `Sec-Fetch-Site: same-origin` (sent by every current browser, also on plain navigations and
 *   downloads, which carry no Origin);
 * - and for GraphQL only, `x-kakehashi-csrf: 1`: a custom header no other site can make a browser send without our
 *   consent (CORS is off), for clients that send neither of the others.
 */
export function isSameOriginRequest(request: OriginFacts, options: { graphql: boolean }): boolean {
  const origin = single(request.headers['origin']);
  if (origin !== undefined) return origin !== '' && sameOrigin(origin, ownOrigin(request));
  if (single(request.headers['sec-fetch-site']) === 'same-origin') return true;
  return options.graphql && single(request.headers['x-kakehashi-csrf']) === '1';
}

function ownOrigin(request: OriginFacts): string | null {
  return request.host ? `${request.protocol}://${request.host}` : null;
}

/** Compared as URL origins, so letter case and a spelled-out default port (":443") do not matter. */
function sameOrigin(origin: string, own: string | null): boolean {
  if (own === null || origin === 'null') return false;
  try {
    const theirs = new URL(origin);
    const ours = new URL(own);
    // An Origin header is only ever scheme://host[:port]; anything with a path or credentials is not one.
    if (theirs.pathname !== '/' || theirs.search || theirs.hash || theirs.username) return false;
    return theirs.origin === ours.origin;
  } catch {
    return false;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
