// Browsers' cookie sessions over real HTTP, as the web app on the API's origin uses them: signIn sets an HttpOnly
// cookie and returns no token; the cookie alone signs requests in, from the API's own origin only; sessions end on
// signOut, idle and absolute expiry, deactivation, a role change and a password change (which keeps this browser
// signed in); and every response carries the security headers.
import { AuthStateCache, UserAdministrationService } from '@kakehashi/identity';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Browser, sessionSetCookie, SIGN_IN, type SignInData } from '../support/browser';
import { errorCode, graphql, login, type GraphqlResponse } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

const PASSWORD = 'tsukiji-harbor-lantern-42';
const ME = '{ me { id email role } }';
const CHANGE_PASSWORD_IN_SESSION = `mutation ($input: ChangeMyPasswordInput!) {
  changeMyPasswordInSession(input: $input) { idleExpiresAt user { id } } }`;
const EXPIRED = 'セッションの有効期限が切れました。もう一度ログインしてください。';
const CROSS_SITE = '他のサイトからのリクエストは受け付けられません。架け橋の画面から操作してください。';

const CSP = {
  'default-src': "'self'",
  'script-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'frame-ancestors': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'object-src': "'none'",
};

function reason(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.reason;
}

describe('browser sessions (cookie) beside bearer tokens', () => {
  let api: RunningApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES: '50' });
    adminToken = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  /** An executive of this test's own (other files sign the demo users in, and a password change would end theirs). */
  async function aUser(): Promise<{ id: string; email: string; version: number }> {
    const user = await api.app.get(UserAdministrationService).createUser({
      email: `browser-${randomBytes(5).toString('hex')}@cookies-e2e.example`,
      name: 'セッション 試験',
      role: 'EXECUTIVE',
      password: PASSWORD,
    });
    return { id: user.id, email: user.email, version: user.version };
  }

  async function signedIn(email: string, password = PASSWORD): Promise<Browser> {
    const browser = new Browser(api.url);
    const result = await browser.signIn(email, password);
    expect(result.errors).toBeUndefined();
    return browser;
  }

  const sessionRow = async (browser: Browser) => {
    const [row]: { idle: Date; absolute: Date; seen: Date; revoked: Date | null }[] = await api.app
      .get(DataSource)
      .query(
        `SELECT idle_expires_at AS idle, absolute_expires_at AS absolute, last_seen_at AS seen, revoked_at AS revoked
           FROM user_sessions WHERE id = $1`,
        [browser.cookie!.split('.')[0]],
      );
    return row;
  };
  /**
   * Moves a session's clock in the database, as another process would, and waits until this API has heard of it: the
   * change reaches its cache of sessions by a PostgreSQL notification, a moment after the write commits.
   */
  const moveSession = async (browser: Browser, assignments: string) => {
    const id = browser.cookie!.split('.')[0];
    const dataSource = api.app.get(DataSource);
    await dataSource.query(`UPDATE user_sessions SET ${assignments} WHERE id = $1`, [id]);
    const cache = AuthStateCache.of(dataSource);
    const deadline = Date.now() + 5_000;
    while (cache.session(id) !== null) {
      if (Date.now() > deadline) throw new Error('the API did not hear of the session change within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  describe('signIn', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for the whole origin, not Secure over http, and returns no token', async () => {
      const user = await aUser();
      const browser = new Browser(api.url);
      const before = Date.now();
      const result = await browser.signIn(user.email, PASSWORD);
      expect(result.errors).toBeUndefined();
      expect(result.data?.signIn.user).toEqual({ id: user.id, email: user.email, role: 'EXECUTIVE' });
      const idle = new Date(result.data!.signIn.idleExpiresAt).getTime() - before;
      expect(idle).toBeGreaterThan(29 * 60_000);
      expect(idle).toBeLessThanOrEqual(30 * 60_000 + 1000);

      const cookie = sessionSetCookie(result.setCookies)!;
      expect(cookie.value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect([...cookie.attributes.keys()].sort()).toEqual(['httponly', 'path', 'samesite']);
      expect(cookie.attributes.get('path')).toBe('/');
      expect(cookie.attributes.get('samesite')).toBe('Lax');
      // Nothing in the answer a script could keep: no token field, and not the cookie's secret.
      const raw = JSON.stringify(result.data);
      expect(raw).not.toMatch(/token/i);
      expect(raw).not.toContain(cookie.value.split('.')[1]);
      const fields = await graphql<{ __type: { fields: { name: string }[] } }>(
        api.url,
        '{ __type(name: "SessionPayload") { fields { name } } }',
      );
      expect(fields.data?.__type.fields.map((f) => f.name).sort()).toEqual(['idleExpiresAt', 'user']);
      // The database keeps a hash of the secret, never the cookie.
      const stored: { secret_hash: Buffer }[] = await api.app
        .get(DataSource)
        .query('SELECT secret_hash FROM user_sessions WHERE user_id = $1', [user.id]);
      expect(stored).toHaveLength(1);
      expect(stored[0].secret_hash).toHaveLength(32);
      expect(stored[0].secret_hash.toString('base64url')).not.toBe(cookie.value.split('.')[1]);
    });

    it('fails as login does for a wrong password, and sets no cookie', async () => {
      const user = await aUser();
      const browser = new Browser(api.url);
      const result = await browser.signIn(user.email, 'not-the-password-at-all');
      expect(result.errors?.[0]).toMatchObject({
        message: 'メールアドレスまたはパスワードが正しくありません。',
        extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
      });
      expect(result.setCookies).toEqual([]);
      expect(browser.cookie).toBeNull();
    });

    it('refuses a sign-in another site makes the browser send (login CSRF), checking no password', async () => {
      const user = await aUser();
      for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }]) {
        const browser = new Browser(api.url);
        const result = await browser.graphql<SignInData>(
          SIGN_IN,
          { input: { email: user.email, password: PASSWORD } },
          headers,
        );
        expect(result.errors?.[0]).toMatchObject({
          message: CROSS_SITE,
          extensions: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' },
        });
        expect(result.data).toBeNull();
        expect(result.setCookies).toEqual([]);
      }
      // Without an Origin: Sec-Fetch-Site or the GraphQL header must say the page is ours.
      const silent = new Browser(api.url, null);
      expect(reason(await silent.signIn(user.email, PASSWORD))).toBe('CROSS_SITE_REQUEST');
      expect(silent.cookie).toBeNull();
      const fetchSite = await silent.graphql<SignInData>(
        SIGN_IN,
        { input: { email: user.email, password: PASSWORD } },
        { 'sec-fetch-site': 'same-origin' },
      );
      expect(fetchSite.data?.signIn.user.id).toBe(user.id);
    });

    it('ends the session the browser held before when it signs in again', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const first = browser.cookie!;
      await browser.signIn(user.email, PASSWORD);
      expect(browser.cookie).not.toBe(first);
      const old = new Browser(api.url);
      old.cookie = first;
      expect(reason(await old.graphql(ME))).toBe('SESSION_ENDED');
      expect((await browser.graphql(ME)).data).toMatchObject({ me: { id: user.id } });
    });
  });

  describe('requests signed in by the cookie', () => {
    it('answers me with the cookie alone, and bearer tokens keep working beside it', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const me = await browser.graphql<{ me: { id: string } }>(ME);
      expect(me.errors).toBeUndefined();
      expect(me.data?.me.id).toBe(user.id);
      const token = await login(api.url, user.email, PASSWORD);
      expect((await graphql<{ me: { id: string } }>(api.url, ME, {}, token)).data?.me.id).toBe(user.id);
    });

    it('refuses the cookie on a request from another origin, and lets the same-origin ones through', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const refusedBy = async (headers: Record<string, string>) => {
        const result = await browser.graphql(ME, {}, headers);
        expect(result.data).toBeNull();
        return result.errors?.[0];
      };
      for (const origin of ['https://evil.example', `${api.url.replace('127.0.0.1', 'localhost')}`, 'null']) {
        expect(await refusedBy({ origin })).toMatchObject({
          message: CROSS_SITE,
          extensions: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' },
        });
      }
      const noOrigin = new Browser(api.url, null);
      noOrigin.cookie = browser.cookie;
      expect(reason(await noOrigin.graphql(ME))).toBe('CROSS_SITE_REQUEST');
      expect(reason(await noOrigin.graphql(ME, {}, { 'sec-fetch-site': 'cross-site' }))).toBe(
        'CROSS_SITE_REQUEST',
      );
      // Same origin, said any of the accepted ways.
      expect((await browser.graphql(ME)).data).toMatchObject({ me: { id: user.id } });
      expect((await noOrigin.graphql(ME, {}, { 'sec-fetch-site': 'same-origin' })).data).toMatchObject({
        me: { id: user.id },
      });
      expect((await noOrigin.graphql(ME, {}, { 'x-kakehashi-csrf': '1' })).data).toMatchObject({
        me: { id: user.id },
      });
      // The refusals did not end the session.
      expect((await browser.graphql(ME)).errors).toBeUndefined();
    });

    it('keeps Apollo’s CSRF prevention: a form-like (text/plain) POST never runs, even with cookie and Origin', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: api.url, cookie: `kk_session=${browser.cookie}` },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
      expect((await browser.graphql(ME)).errors).toBeUndefined();
    });

    it('applies the same-origin rule to plain HTTP routes (the statistics downloads): 403 from elsewhere', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const path = '/statistics/exports/annual?fromFiscalYear=2013&toFiscalYear=2022&format=csv';
      const download = new Browser(api.url, null);
      download.cookie = browser.cookie;
      const own = await download.get(path, { 'sec-fetch-site': 'same-origin' });
      expect(own.status).toBe(200);
      expect(own.headers.get('content-disposition')).toMatch(/attachment/);
      const elsewhere: Record<string, string>[] = [
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'https://evil.example' },
        {},
      ];
      for (const headers of elsewhere) {
        const refused = await download.get(path, headers);
        expect(refused.status).toBe(403);
        expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
      }
      // The GraphQL-only header does not open downloads.
      expect((await download.get(path, { 'x-kakehashi-csrf': '1' })).status).toBe(403);
    });
  });

  describe('how a session ends', () => {
    it('signOut ends it at once and clears the cookie; the old cookie is refused', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const cookie = browser.cookie;
      const out = await browser.graphql<{ signOut: boolean }>('mutation { signOut }');
      expect(out.data?.signOut).toBe(true);
      const cleared = sessionSetCookie(out.setCookies)!;
      expect(cleared.value).toBe('');
      expect(new Date(cleared.attributes.get('expires')!).getTime()).toBeLessThan(Date.now());
      expect(browser.cookie).toBeNull();
      expect((await sessionRow(Object.assign(new Browser(api.url), { cookie }))).revoked).not.toBeNull();

      const replay = new Browser(api.url);
      replay.cookie = cookie;
      const after = await replay.graphql(ME);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(after.errors?.[0]).toMatchObject({
        message: 'このセッションは終了しています。もう一度ログインしてください。',
        extensions: { reason: 'SESSION_ENDED' },
      });
      expect(replay.cookie).toBeNull();
    });

    it('ends after the idle time, in Japanese with SESSION_EXPIRED, and signOut then only clears the cookie', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      await moveSession(browser, `idle_expires_at = now() - interval '1 second'`);
      const kept = browser.cookie;
      const expired = await browser.graphql(ME);
      expect(expired.errors?.[0]).toMatchObject({
        message: EXPIRED,
        extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' },
      });
      expect(browser.cookie).toBeNull();
      // A sign-out from a page left open past expiry: the cookie goes, the answer says why.
      browser.cookie = kept;
      const out = await browser.graphql('mutation { signOut }');
      expect(reason(out)).toBe('SESSION_EXPIRED');
      expect(sessionSetCookie(out.setCookies)?.value).toBe('');
      expect(browser.cookie).toBeNull();
    });

    it('slides: a request moves the idle expiry on, writing at most once a minute, never past the absolute expiry', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const opened = await sessionRow(browser);
      await browser.graphql(ME);
      // Within the minute: nothing written.
      expect(await sessionRow(browser)).toEqual(opened);

      await moveSession(
        browser,
        `last_seen_at = now() - interval '5 minutes', idle_expires_at = now() + interval '1 minute'`,
      );
      const before = Date.now();
      expect((await browser.graphql(ME)).errors).toBeUndefined();
      const slid = await sessionRow(browser);
      expect(slid.seen.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(slid.idle.getTime() - before).toBeGreaterThan(29 * 60_000);
      expect((await browser.graphql(ME)).errors).toBeUndefined();
      expect(await sessionRow(browser)).toEqual(slid);

      // Two minutes before the absolute end: sliding stops there, and then the session is over.
      await moveSession(
        browser,
        `last_seen_at = now() - interval '5 minutes', idle_expires_at = now() + interval '1 minute',
         absolute_expires_at = now() + interval '2 minutes'`,
      );
      await browser.graphql(ME);
      const capped = await sessionRow(browser);
      expect(capped.idle).toEqual(capped.absolute);
      await moveSession(
        browser,
        `idle_expires_at = now() - interval '1 second', absolute_expires_at = now() - interval '1 second'`,
      );
      expect(reason(await browser.graphql(ME))).toBe('SESSION_EXPIRED');
    });

    it('ends when an administrator deactivates the user or changes their role', async () => {
      const deactivated = await aUser();
      const browser = await signedIn(deactivated.email);
      const off = await graphql(
        api.url,
        'mutation ($id: ID!) { deactivateUser(id: $id) { id } }',
        { id: deactivated.id },
        adminToken,
      );
      expect(off.errors).toBeUndefined();
      expect(reason(await browser.graphql(ME))).toBe('SESSION_ENDED');

      const promoted = await aUser();
      const other = await signedIn(promoted.email);
      const changed = await graphql(
        api.url,
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { role } }',
        { input: { id: promoted.id, expectedVersion: promoted.version, role: 'ADMIN' } },
        adminToken,
      );
      expect(changed.errors).toBeUndefined();
      expect(reason(await other.graphql(ME))).toBe('SESSION_ENDED');
      // Signing in again gives a session of the new role.
      expect((await (await signedIn(promoted.email)).graphql(ME)).data).toMatchObject({
        me: { role: 'ADMIN' },
      });
    });

    it('a password change in one browser keeps it signed in and ends every other session and token', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const elsewhere = await signedIn(user.email);
      const token = await login(api.url, user.email, PASSWORD);
      const oldCookie = browser.cookie;
      const newPassword = 'a-brand-new-long-password';

      const changed = await browser.graphql<{ changeMyPasswordInSession: { user: { id: string } } }>(
        CHANGE_PASSWORD_IN_SESSION,
        { input: { currentPassword: PASSWORD, newPassword } },
      );
      expect(changed.errors).toBeUndefined();
      expect(JSON.stringify(changed.data)).not.toMatch(/token/i);
      expect(browser.cookie).not.toBeNull();
      expect(browser.cookie).not.toBe(oldCookie);
      expect(sessionSetCookie(changed.setCookies)?.attributes.has('httponly')).toBe(true);

      expect((await browser.graphql(ME)).data).toMatchObject({ me: { id: user.id } });
      expect(reason(await elsewhere.graphql(ME))).toBe('SESSION_ENDED');
      expect(errorCode(await graphql(api.url, ME, {}, token))).toBe('UNAUTHENTICATED');
      const replay = new Browser(api.url);
      replay.cookie = oldCookie;
      expect(reason(await replay.graphql(ME))).toBe('SESSION_ENDED');
      expect(errorCode(await new Browser(api.url).signIn(user.email, newPassword))).toBeUndefined();
    });

    it('keeps the two password changes apart: no token for a browser, no cookie for a script', async () => {
      const user = await aUser();
      const browser = await signedIn(user.email);
      const viaCookie = await browser.graphql(
        'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { accessToken } }',
        { input: { currentPassword: PASSWORD, newPassword: 'another-long-password-1' } },
      );
      expect(viaCookie.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'BEARER_TOKEN_REQUIRED',
      });
      expect(viaCookie.data).toBeNull();

      const token = await login(api.url, user.email, PASSWORD);
      const viaToken = await graphql(
        api.url,
        CHANGE_PASSWORD_IN_SESSION,
        { input: { currentPassword: PASSWORD, newPassword: 'another-long-password-2' } },
        token,
      );
      expect(viaToken.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'COOKIE_SESSION_REQUIRED',
      });
      // Neither changed anything: the old password still signs in, the session and the token still work.
      expect((await browser.graphql(ME)).errors).toBeUndefined();
      expect(errorCode(await graphql(api.url, ME, {}, token))).toBeUndefined();
      // signOut with a token has no session to end.
      const out = await graphql<{ signOut: boolean }>(api.url, 'mutation { signOut }', {}, token);
      expect(out.data?.signOut).toBe(false);
      expect(out.headers.getSetCookie()).toEqual([]);
    });
  });

  describe('security headers', () => {
    function directives(csp: string | null): Record<string, string> {
      return Object.fromEntries(
        (csp ?? '')
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
      );
    }

    it.each([
      ['POST /graphql', () => graphql(api.url, '{ __typename }').then((r) => r.headers)],
      ['GET /health', () => fetch(`${api.url}/health`).then((r) => r.headers)],
      ['an unknown path', () => fetch(`${api.url}/no-such-page`).then((r) => r.headers)],
    ])('are on %s', async (_, headersOf) => {
      const headers = await headersOf();
      const csp = directives(headers.get('content-security-policy'));
      expect(csp).toMatchObject(CSP);
      // Styles from the origin only; React Aria's own two style elements by hash, never 'unsafe-inline'.
      expect(csp['style-src']).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]{43}=')*$/);
      expect(headers.get('content-security-policy')).not.toMatch(/unsafe/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('same-origin');
      expect(headers.get('x-frame-options')).toBe('DENY');
      // Not production: no HSTS pinning the developer's localhost to https.
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('x-powered-by')).toBeNull();
    });
  });
});

describe('browser sessions behind a TLS-terminating proxy (TRUST_PROXY)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi({ TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('marks the cookie Secure and takes the https origin the proxy reports as the API’s own', async () => {
    const user = await api.app.get(UserAdministrationService).createUser({
      email: `proxied-${randomBytes(5).toString('hex')}@cookies-e2e.example`,
      name: 'プロキシ 試験',
      role: 'EXECUTIVE',
      password: PASSWORD,
    });
    const httpsOrigin = api.url.replace('http://', 'https://');
    const proxied = { 'x-forwarded-proto': 'https' };
    const browser = new Browser(api.url, httpsOrigin);
    const signIn = await browser.graphql<SignInData>(
      SIGN_IN,
      { input: { email: user.email, password: PASSWORD } },
      proxied,
    );
    expect(signIn.errors).toBeUndefined();
    expect(sessionSetCookie(signIn.setCookies)?.attributes.has('secure')).toBe(true);
    expect((await browser.graphql(ME, {}, proxied)).data).toMatchObject({ me: { id: user.id } });
    // Without the proxy's word the request is plain http, and an https Origin is another origin.
    expect(reason(await browser.graphql(ME))).toBe('CROSS_SITE_REQUEST');
  });
});
