import { AuthCacheLifecycle, AuthStateCache } from '@kakehashi/identity';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Browser } from '../support/browser';
import { graphql, login } from '../support/graphql-client';
import { fewestStatements, startIsolatedTestApi, type IsolatedApi } from '../support/test-api';

const ME = '{ me { id role } }';

/**
 * Authentication reads an account once and then serves it from memory, yet a deactivation, a role change or a
 * sign-out applies to the next request: this process's own writes drop what they touch at once, other processes'
 * reach it through PostgreSQL's notifications, and while those cannot be heard nothing is served from memory.
 */
describe('Authentication from its cache, never stale', () => {
  let api: IsolatedApi;
  let owner: Client;
  let adminToken: string;
  let serial = 0;

  beforeAll(async () => {
    api = await startIsolatedTestApi();
    owner = new Client({ connectionString: api.ownerUrl });
    await owner.connect();
    adminToken = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await owner?.end();
    await api?.stop();
  });

  const cache = () => AuthStateCache.of(api.app.get(DataSource));

  /** A consultant of its own (the demo accounts stay as they are), signed in. */
  async function newConsultant(): Promise<{ id: string; token: string }> {
    serial += 1;
    const email = `ac${serial}-${Date.now()}@kakehashi.example`;
    const password = 'Kumo-Hashi-Passw0rd-77';
    const { rows } = await owner.query<{ office_id: string }>(
      `SELECT office_id FROM users WHERE email = 'consultant@kakehashi.example'`,
    );
    const officeId = rows[0].office_id;
    const created = await graphql<{ createUser: { id: string } }>(
      api.url,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, name: '認証 キャッシュ', role: 'CONSULTANT', officeId, password } },
      adminToken,
    );
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createUser.id, token: await login(api.url, email, password) };
  }

  async function meCode(token: string): Promise<string> {
    const result = await graphql(api.url, ME, {}, token);
    return (result.errors?.[0]?.extensions?.['code'] as string | undefined) ?? 'OK';
  }

  async function waitFor(condition: () => boolean | Promise<boolean>, ms: number): Promise<number> {
    const start = Date.now();
    while (!(await condition())) {
      if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Date.now() - start;
  }

  it('answers a signed-in request without reading the account again', async () => {
    const user = await newConsultant();
    expect(cache().listening).toBe(true);
    expect(await meCode(user.token)).toBe('OK');
    expect(await fewestStatements(api, async () => void (await meCode(user.token)))).toBe(0);
  });

  it('refuses the very next request after an administrator deactivates the account', async () => {
    const user = await newConsultant();
    expect(await meCode(user.token)).toBe('OK');
    const done = await graphql(
      api.url,
      'mutation ($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: user.id },
      adminToken,
    );
    expect(done.errors).toBeUndefined();
    expect(await meCode(user.token)).toBe('UNAUTHENTICATED');
  });

  it('honours a change made by another process as soon as PostgreSQL announces it', async () => {
    const user = await newConsultant();
    expect(await meCode(user.token)).toBe('OK');
    // What the admin CLI or another replica does: a write this process never saw.
    await owner.query(
      `UPDATE users SET role = 'EXECUTIVE', token_version = token_version + 1 WHERE id = $1`,
      [user.id],
    );
    const elapsed = await waitFor(async () => (await meCode(user.token)) === 'UNAUTHENTICATED', 2_000);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('reads every account from the database while the notifications cannot be heard, then caches again', async () => {
    const user = await newConsultant();
    expect(await meCode(user.token)).toBe('OK');
    const feed = api.app.get(AuthCacheLifecycle).feedConnectionName;
    await owner.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [
      feed,
    ]);
    await waitFor(() => !cache().listening, 2_000);
    // Unannounced (no one listens), yet refused at once: nothing is served from memory meanwhile.
    await owner.query(`ALTER TABLE users DISABLE TRIGGER trg_users_auth_change`);
    try {
      await owner.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
      expect(await meCode(user.token)).toBe('UNAUTHENTICATED');
    } finally {
      await owner.query(`ALTER TABLE users ENABLE TRIGGER trg_users_auth_change`);
    }
    await waitFor(() => cache().listening, 10_000);
    const other = await newConsultant();
    expect(await meCode(other.token)).toBe('OK');
    expect(await fewestStatements(api, async () => void (await meCode(other.token)))).toBe(0);
  });

  it('serves a browser session from memory until another process revokes it', async () => {
    const password = 'Kumo-Hashi-Passw0rd-77';
    const user = await newConsultant();
    const { rows } = await owner.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [user.id]);
    const browser = new Browser(api.url);
    expect((await browser.signIn(rows[0].email, password)).errors).toBeUndefined();
    const meInBrowser = async () =>
      ((await browser.graphql(ME)).errors?.[0]?.extensions?.['code'] as string | undefined) ?? 'OK';
    expect(await meInBrowser()).toBe('OK');
    expect(await fewestStatements(api, async () => void (await meInBrowser()))).toBe(0);
    await owner.query('UPDATE user_sessions SET revoked_at = now() WHERE user_id = $1', [user.id]);
    expect(await waitFor(async () => (await meInBrowser()) === 'UNAUTHENTICATED', 2_000)).toBeLessThan(2_000);
  });
});
