import type { GraphqlError, GraphqlResponse } from './graphql-client';

export interface BrowserResponse<T> extends GraphqlResponse<T> {
  /** The response's Set-Cookie headers, as sent. */
  setCookies: string[];
}

/**
 * A browser holding the web app's session, as far as the API can tell: it keeps the kk_session cookie it is given
 * (and drops it when told to), and sends it with its Origin on every call. `origin: null` sends no Origin (an old
 * client, or a navigation); `headers` adds or overrides headers for one call.
 */
export class Browser {
  cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly origin: string | null = new URL(baseUrl).origin,
  ) {}

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<BrowserResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.ownHeaders(), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookies = this.keep(response);
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
      setCookies,
    };
  }

  /** A plain GET (a download link, the health check) with the cookie. */
  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { ...this.ownHeaders(), ...headers } });
    this.keep(response);
    return response;
  }

  async signIn(email: string, password: string): Promise<BrowserResponse<SignInData>> {
    return this.graphql<SignInData>(SIGN_IN, { input: { email, password } });
  }

  private ownHeaders(): Record<string, string> {
    return {
      ...(this.origin ? { origin: this.origin } : {}),
      ...(this.cookie ? { cookie: `theme=light; ${SESSION_COOKIE}=${this.cookie}` } : {}),
    };
  }

  /** Applies the response's kk_session cookie as a browser would: a new value, or removal by a past expiry. */
  private keep(response: Response): string[] {
    const setCookies = response.headers.getSetCookie();
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      if (!pair.startsWith(`${SESSION_COOKIE}=`)) continue;
      const value = pair.slice(SESSION_COOKIE.length + 1);
      const expires = attributes.find((a) => /^expires=/i.test(a));
      const expired = expires !== undefined && new Date(expires.slice(8)).getTime() <= Date.now();
      this.cookie = value === '' || expired ? null : value;
    }
    return setCookies;
  }
}

export const SESSION_COOKIE = 'kk_session';

export const SIGN_IN =
  'mutation ($input: LoginInput!) { signIn(input: $input) { idleExpiresAt user { id email role } } }';

export interface SignInData {
  signIn: { idleExpiresAt: string; user: { id: string; email: string; role: string } };
}

/** The kk_session Set-Cookie header of a response, split into its value and attributes (lower-cased names). */
export function sessionSetCookie(
  setCookies: string[],
): { value: string; attributes: Map<string, string> } | null {
  const header = setCookies.find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return null;
  const [pair, ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((attribute) => {
      const [name, ...value] = attribute.split('=');
      return [name.toLowerCase(), value.join('=')] as [string, string];
    }),
  );
  return { value: pair.slice(SESSION_COOKIE.length + 1), attributes };
}
